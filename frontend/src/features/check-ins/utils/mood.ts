/** The five moods of a check-in, 1 (worst) to 5 (best), as the form offers them. */
export const moods = [
  { value: 1, label: 'Rough' },
  { value: 2, label: 'Not great' },
  { value: 3, label: 'Okay' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Great' },
] as const;

export type Mood = (typeof moods)[number];

export const moodOf = (value: number): Mood => moods.find((mood) => mood.value === value) ?? moods[2];

/** "Good (4 of 5)". */
export const describeMood = (value: number) => `${moodOf(value).label} (${value} of 5)`;

/** The mean of the moods to one decimal, or null for none. */
export function averageMood(values: ReadonlyArray<number>): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}
