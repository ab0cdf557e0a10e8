/**
 * The day the allowance resets, as the company counts months ("1 December"): the reset is midnight in
 * the company's time zone, which may be the evening before in the reader's.
 */
export function formatResetDay(resetsAt: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(new Date(resetsAt));
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(new Date(resetsAt));
  }
}
