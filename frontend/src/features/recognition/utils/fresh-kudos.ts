// Kudos that arrived while the page was open (given here, or live from colleagues): their cards
// stand out for a moment when they first appear. Kept outside React so that a card mounted by a
// refetch (a team feed is read again rather than patched) still knows it is new.
const freshFor = 10_000;
const freshUntil = new Map<string, number>();

export function markFresh(kudosId: string) {
  const now = Date.now();
  for (const [id, until] of freshUntil) if (until < now) freshUntil.delete(id);
  freshUntil.set(kudosId, now + freshFor);
}

export const isFresh = (kudosId: string) => (freshUntil.get(kudosId) ?? 0) > Date.now();
