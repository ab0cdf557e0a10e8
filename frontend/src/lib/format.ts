// Formatting every feature shares, in the reader's language.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; a date once it is a week old. */
export function formatRelativeTime(iso: string, now: Date): string {
  const then = new Date(iso);
  const elapsed = now.getTime() - then.getTime();
  // A clock a little ahead of the server's would otherwise say "in 2 seconds".
  if (elapsed < 45_000) return 'just now';
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (elapsed < 45 * minute) return relative.format(-Math.max(1, Math.round(elapsed / minute)), 'minute');
  if (elapsed < 22 * hour) return relative.format(-Math.round(elapsed / hour), 'hour');
  if (elapsed < 7 * day) return relative.format(-Math.max(1, Math.round(elapsed / day)), 'day');
  const sameYear = then.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric' }).format(then);
}

/** The day of an instant in the reader's time zone: "27 Nov 2026". */
export const formatDate = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** "1 point", "3 points". */
export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** "2021-03-01" (a calendar date, no time zone) → "1 March 2021" ("1 Mar 2021" when short) in the reader's language. */
export function formatCalendarDate(isoDate: string, style: 'long' | 'medium' = 'long'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(undefined, { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A company week, named by its first day: "week of 24 Nov 2025". */
export const formatWeek = (weekStart: string) => `week of ${formatCalendarDate(weekStart, 'medium')}`;

/** "Ada", "Ada and Bo", "Ada, Bo and Cy" in the reader's language. */
export const listNames = (names: ReadonlyArray<string>) =>
  new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).format(names);
