import { plural } from '@/lib/format';

// The same rules as the backend's (1 to 4 reminders, each 1 to 168 hours before), so that people learn of a
// problem before saving; the backend stays the authority and its message is shown when it differs.
export const reminderLimits = { minHours: 1, maxHours: 168, most: 4 } as const;

/** Earliest first: the order in which they arrive. */
export const sortReminders = (hours: ReadonlyArray<number>) => [...hours].sort((a, b) => b - a);

/** "24 hours before", "1 hour before". */
export const describeReminder = (hours: number) => `${plural(hours, 'hour', 'hours')} before`;

/** Why `text` (as typed) cannot be added to `hours`; undefined when it can. */
export function newReminderError(text: string, hours: ReadonlyArray<number>): string | undefined {
  const { minHours, maxHours, most } = reminderLimits;
  const trimmed = text.trim();
  if (hours.length >= most) return `You can have at most ${most} reminders: remove one to add another.`;
  if (trimmed === '') return 'Enter how many hours before the 1:1 you want to be reminded.';
  if (!/^\d+$/.test(trimmed)) return 'Enter whole hours, such as 24.';
  const value = Number(trimmed);
  if (value < minHours || value > maxHours) return `Choose between ${minHours} and ${maxHours} hours (a week) before.`;
  if (hours.includes(value)) return `You are already reminded ${describeReminder(value)}.`;
  return undefined;
}

/** Why the list cannot be saved; undefined when it can. */
export const reminderListError = (hours: ReadonlyArray<number>): string | undefined =>
  hours.length === 0
    ? 'Keep at least one reminder before each 1:1.'
    : hours.length > reminderLimits.most
      ? `Keep at most ${reminderLimits.most} reminders.`
      : undefined;
