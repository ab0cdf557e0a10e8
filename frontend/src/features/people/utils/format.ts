/** "2021-03-01" (a calendar date, no time zone) → "1 March 2021" in the reader's language. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** "1 person", "3 people". */
export const people = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'person' : 'people'}`;
