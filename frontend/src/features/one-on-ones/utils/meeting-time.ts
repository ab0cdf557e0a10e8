// A meeting's time as the reader sees it: in their language and their browser's time zone.

const rangeFormat = () =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** "Thu, 3 Dec 2026, 10:00 – 10:30". */
export const formatMeetingTime = (startsAt: string, endsAt: string) => rangeFormat().formatRange(new Date(startsAt), new Date(endsAt));

/** "Thu, 3 Dec 2026, 10:00". */
export const formatMeetingStart = (startsAt: string) => rangeFormat().format(new Date(startsAt));

/** "today", "yesterday", "12 days ago". */
export const formatDaysAgo = (days: number) => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-days, 'day');

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a datetime-local input shows it: the reader's wall-clock time, "2026-12-03T10:00". */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the reader's wall-clock time) as an instant, or null when it is not a time. */
export function fromDateTimeLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  // Without an offset, a date-time string is read as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today in the reader's time zone, as a date input takes it. */
export function todayLocal(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
