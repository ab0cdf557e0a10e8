/** The period a dashboard is asked for: open ends are the server's default (the last 90 company days). */
export type PeriodChoice = { from: string | null; to: string | null };

export const periodPresets = [30, 90, 365] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** ?from= and ?to= when they are dates at all; the server judges the rest (future, reversed, too long). */
export const readPeriod = (params: URLSearchParams): PeriodChoice => {
  const date = (name: string) => {
    const value = params.get(name);
    return value && isoDate.test(value) ? value : null;
  };
  return { from: date('from'), to: date('to') };
};

/** Writes a period into the query string, leaving the other parameters (filters, manager) as they are. */
export const writePeriod = (params: URLSearchParams, period: PeriodChoice) => {
  const next = new URLSearchParams(params);
  for (const name of ['from', 'to'] as const) {
    const value = period[name];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
};

/** Today in `timeZone` as yyyy-MM-dd. */
export const todayIn = (timeZone: string, now = new Date()) => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
};

const addDays = (date: string, days: number) => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/** The last `days` company days, today included, as the server counts its default 90. */
export const lastDays = (days: number, timeZone: string, now = new Date()): PeriodChoice => {
  const to = todayIn(timeZone, now);
  return { from: addDays(to, -(days - 1)), to };
};
