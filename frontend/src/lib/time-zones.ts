// Time zones as the browser knows them (IANA names), with helpers to show them to people.

let cachedZones: string[] | undefined;

/** Every IANA time zone the browser supports, plus UTC, which some browsers leave out of the list. */
export function supportedTimeZones(): string[] {
  cachedZones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].sort();
  return cachedZones;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "GMT+2" for Europe/Berlin in summer; undefined for a zone the browser does not know. */
export function utcOffset(timeZone: string, at: Date = new Date()): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/** The wall-clock time in `timeZone`, such as "14:05", or undefined for a zone the browser does not know. */
export function localTime(timeZone: string, at: Date): string | undefined {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  } catch {
    return undefined;
  }
}
