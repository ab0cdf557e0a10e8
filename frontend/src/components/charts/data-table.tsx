import type { ReactNode } from 'react';

import { toCsv, type CsvCell } from './csv';

export type DataColumn<Row> = {
  label: string;
  /** What the CSV file holds: a number as it is, or plain text. */
  value: (row: Row) => CsvCell;
  /** What the table shows, when not the value itself (a link, a formatted date, a badge). */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
};

/** The numbers behind a chart or a list: the same rows make its table and its CSV file. */
export type TableData<Row> = {
  columns: ReadonlyArray<DataColumn<Row>>;
  rows: ReadonlyArray<Row>;
  rowKey: (row: Row) => string;
  /** A class for rows that stand out (overdue, withheld). */
  rowClassName?: (row: Row) => string | undefined;
};

export const tableCsv = <Row,>({ columns, rows }: TableData<Row>) =>
  toCsv(
    columns.map((column) => column.label),
    rows.map((row) => columns.map((column) => column.value(row))),
  );

const cellContent = <Row,>(column: DataColumn<Row>, row: Row): ReactNode => {
  if (column.render) return column.render(row);
  const value = column.value(row);
  return typeof value === 'number' ? value.toLocaleString() : (value ?? '—');
};

/** A plain table of `data`; the first column names each row. */
export const DataTable = <Row,>({ caption, data }: { caption: string; data: TableData<Row> }) => (
  <div className="table-wrapper data-table">
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {data.columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? 'table__number' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={data.rowKey(row)} className={data.rowClassName?.(row)}>
            {data.columns.map((column, index) =>
              index === 0 ? (
                <th key={column.label} scope="row" className={column.numeric ? 'table__number' : undefined}>
                  {cellContent(column, row)}
                </th>
              ) : (
                <td key={column.label} className={column.numeric ? 'table__number' : undefined}>
                  {cellContent(column, row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
