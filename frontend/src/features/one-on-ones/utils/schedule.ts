import type { OneOnOneCadence } from '@/lib/gql/graphql';

// How a series' schedule is shown and chosen. Weekdays are ISO: 1 = Monday … 7 = Sunday.

export const cadenceOptions: ReadonlyArray<{ value: OneOnOneCadence; label: string }> = [
  { value: 'WEEKLY', label: 'Weekly' },
  { value: 'BIWEEKLY', label: 'Every two weeks' },
  { value: 'MONTHLY', label: 'Monthly' },
];

export const cadenceLabel = (cadence: OneOnOneCadence) =>
  cadenceOptions.find((option) => option.value === cadence)?.label ?? cadence;

export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Tuesday" for 2, in the reader's language (1 January 2024 was a Monday). */
export const weekdayName = (isoWeekday: number) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));

/** The ISO weekday of a calendar date (yyyy-MM-dd). */
export const isoWeekdayOf = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
};

const ordinals = ['first', 'second', 'third', 'fourth', 'last'];

/** Which of its weekdays in the month a date is: "second" for the 2nd Tuesday; a fifth counts as the last. */
export const weekOfMonth = (isoDate: string) => ordinals[Math.min(4, Math.floor((Number(isoDate.slice(8, 10)) - 1) / 7))];

type Schedule = { cadence: OneOnOneCadence; weekday: number; localTime: string; startsOn: string };

/** "Weekly on Tuesday at 10:00", "Monthly on the second Tuesday at 10:00". */
export function describeSchedule({ cadence, weekday, localTime, startsOn }: Schedule): string {
  const day = weekdayName(weekday);
  switch (cadence) {
    case 'WEEKLY':
      return `Weekly on ${day} at ${localTime}`;
    case 'BIWEEKLY':
      return `Every other ${day} at ${localTime}`;
    case 'MONTHLY':
      return `Monthly on the ${weekOfMonth(startsOn)} ${day} at ${localTime}`;
    default:
      return `${cadenceLabel(cadence)} on ${day} at ${localTime}`;
  }
}

/** The server's bounds of a meeting's length. */
export const durationLimits = { min: 15, max: 240 } as const;
