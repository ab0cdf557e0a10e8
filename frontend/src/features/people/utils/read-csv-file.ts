// The backend accepts at most 20 MB in a signed-in request, and the CSV travels inside it as a
// GraphQL string: refuse bigger files before reading them.
export const maxCsvBytes = 20 * 1024 * 1024;

export type CsvFileReading = { ok: true; text: string; rows: number } | { ok: false; problem: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;

/**
 * Reads a CSV file as UTF-8, strictly: a file saved in another encoding (Excel's plain "CSV" is
 * Windows-1252) would otherwise arrive with its accents silently replaced, so it is refused instead.
 */
export async function readCsvFile(file: File): Promise<CsvFileReading> {
  if (file.size > maxCsvBytes) {
    return {
      ok: false,
      problem: `This file is ${megabytes(file.size)}; files up to ${megabytes(maxCsvBytes)} can be imported. Remove columns the import does not use, or split the file.`,
    };
  }
  if (file.size === 0) return { ok: false, problem: 'This file is empty.' };

  const bytes = await file.arrayBuffer();
  let text: string;
  try {
    // A byte order mark, which Excel writes in "CSV UTF-8", is dropped here.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "This file is not UTF-8 text; in Excel save as 'CSV UTF-8'." };
  }
  if (!text.trim()) return { ok: false, problem: 'This file is empty.' };
  return { ok: true, text, rows: countDataRows(text) };
}

/**
 * Lines after the header, for the confirmation only ("about 204 rows"): quoted fields may hold line
 * breaks, so quotes are followed; the backend's parser is the one that counts for real.
 */
function countDataRows(text: string): number {
  let rows = 0;
  let quoted = false;
  let lineHasContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === '\n' && !quoted) {
      if (lineHasContent) rows++;
      lineHasContent = false;
    } else if (char !== '\r' && char !== ' ') {
      lineHasContent = true;
    }
  }
  if (lineHasContent) rows++;
  return Math.max(0, rows - 1);
}
