import { plural } from '@/lib/format';

import type { OrgImportError } from '../api/import-organisation';

/** Line 0 is a problem of the whole file (empty, not UTF-8, too many rows), not of one line. */
export const isWholeFile = (error: OrgImportError) => error.line === 0;

/** "Nothing was imported: 7 problems in 5 rows"; the header counts as a row, the whole file does not. */
export function importErrorSummary(errors: ReadonlyArray<OrgImportError>): string {
  const problems = plural(errors.length, 'problem', 'problems');
  const lines = new Set(errors.filter((error) => !isWholeFile(error)).map((error) => error.line)).size;
  return lines === 0
    ? `Nothing was imported: ${problems} with the file`
    : `Nothing was imported: ${problems} in ${plural(lines, 'row', 'rows')}`;
}

export type ErrorSort = 'line' | 'column';

export function sortImportErrors(errors: ReadonlyArray<OrgImportError>, by: ErrorSort): OrgImportError[] {
  const byLine = (a: OrgImportError, b: OrgImportError) => a.line - b.line;
  const byColumn = (a: OrgImportError, b: OrgImportError) => (a.column ?? '').localeCompare(b.column ?? '');
  return [...errors].sort((a, b) => (by === 'line' ? byLine(a, b) || byColumn(a, b) : byColumn(a, b) || byLine(a, b)));
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The errors as a CSV file for the person fixing the spreadsheet. A cell that starts with = + - @
 * would run as a formula in Excel, so such messages (they quote the uploaded cells) get a leading '.
 */
export function importErrorsCsv(errors: ReadonlyArray<OrgImportError>): string {
  const safe = (value: string) => csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const rows = sortImportErrors(errors, 'line').map((error) =>
    [String(error.line), safe(error.column ?? ''), safe(error.message)].join(','),
  );
  // The byte order mark makes Excel read the file as UTF-8.
  return `\uFEFF${['line,column,message', ...rows].join('\r\n')}\r\n`;
}
