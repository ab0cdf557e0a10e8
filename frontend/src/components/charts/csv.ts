export type CsvCell = string | number | null | undefined;

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. A text that starts with
// = + - @ (a name, a team, a question: all typed by people) would run as a formula in a spreadsheet, so it gets a
// leading '; numbers are written as they are, negative ones included.
const csvField = (cell: CsvCell) => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A CSV file: a header row, then the rows, CRLF line ends; the byte order mark makes Excel read it as UTF-8. */
export const toCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvCell>>) =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;

/** Hands `csv` to the browser as a download named `fileName`. */
export function downloadCsv(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
