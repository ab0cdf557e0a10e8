import { useId, useState, type ReactNode } from 'react';

import { DownloadIcon } from '@/components/ui/icons';

import { Chart } from './chart';
import { downloadCsv } from './csv';
import { DataTable, tableCsv, type TableData } from './data-table';
import type { ChartOption } from './echarts';

type PanelProps<Row> = {
  title: string;
  /** One or two sentences under the title: what is counted, and how. Describes the chart to assistive technology. */
  summary?: ReactNode;
  table: TableData<Row>;
  /** The CSV file's name, without ".csv". */
  fileName: string;
  /** Figures shown above the chart or table (a median, a target). */
  children?: ReactNode;
  className?: string;
  testId?: string;
};

/** A series as the legend shows it: its colour, and how its line is drawn (or a bar's block). */
export type LegendEntry = { label: string; color: string; mark?: 'bar' | 'solid' | 'dashed' | 'dotted' };

type ChartPanelProps<Row> = PanelProps<Row> & {
  /** Null when there is nothing to draw: `instead` says why, in the chart's place. */
  chart: ChartOption | null;
  /** For charts of more than one series; one series is named by the title. */
  legend?: ReadonlyArray<LegendEntry>;
  instead?: ReactNode;
  chartHeight?: number;
};

export const CsvButton = <Row,>({ table, fileName, label }: { table: TableData<Row>; fileName: string; label: string }) => (
  <button
    type="button"
    className="button button--secondary"
    aria-label={`Download CSV: ${label}`}
    onClick={() => downloadCsv(`${fileName}.csv`, tableCsv(table))}
  >
    <DownloadIcon /> Download CSV
  </button>
);

/**
 * A chart in a card, with what every chart owes its readers: a title and a summary that name and describe it, a
 * "Show as table" toggle to the same numbers as a real table, and a CSV file of them.
 */
export const ChartPanel = <Row,>({ title, summary, table, fileName, children, className, testId, chart, legend, instead, chartHeight }: ChartPanelProps<Row>) => {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className={`card chart-panel ${className ?? ''}`} aria-labelledby={`${id}-title`} data-testid={testId}>
      <header className="chart-panel__header">
        <div className="chart-panel__heading">
          <h2 id={`${id}-title`} className="section-title">
            {title}
          </h2>
          {summary ? (
            <p id={`${id}-summary`} className="chart-panel__summary">
              {summary}
            </p>
          ) : null}
        </div>
        <div className="chart-panel__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-controls={`${id}-view`}
            onClick={() => setAsTable(!asTable)}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
          <CsvButton table={table} fileName={fileName} label={title} />
        </div>
      </header>
      {children}
      <div id={`${id}-view`} className="chart-panel__view">
        {asTable ? (
          <DataTable caption={title} data={table} />
        ) : chart ? (
          <>
            {legend ? <ChartLegend entries={legend} /> : null}
            <Chart option={chart} label={title} describedBy={summary ? `${id}-summary` : undefined} height={chartHeight} />
          </>
        ) : (
          instead
        )}
      </div>
    </section>
  );
};

const ChartLegend = ({ entries }: { entries: ReadonlyArray<LegendEntry> }) => (
  <ul className="chart-legend" aria-label="Legend">
    {entries.map((entry) => (
      <li key={entry.label} className="chart-legend__item">
        <span
          className={`chart-legend__mark chart-legend__mark--${entry.mark ?? 'bar'}`}
          style={{ color: entry.color }}
          aria-hidden="true"
        />
        {entry.label}
      </li>
    ))}
  </ul>
);

type TablePanelProps<Row> = PanelProps<Row> & {
  /** Shown instead of an empty table. */
  empty: ReactNode;
};

/** A list as a table in a card, with its CSV file. */
export const TablePanel = <Row,>({ title, summary, table, fileName, children, className, testId, empty }: TablePanelProps<Row>) => {
  const id = useId();
  return (
    <section className={`card chart-panel ${className ?? ''}`} aria-labelledby={`${id}-title`} data-testid={testId}>
      <header className="chart-panel__header">
        <div className="chart-panel__heading">
          <h2 id={`${id}-title`} className="section-title">
            {title}
          </h2>
          {summary ? <p className="chart-panel__summary">{summary}</p> : null}
        </div>
        {table.rows.length > 0 ? (
          <div className="chart-panel__actions">
            <CsvButton table={table} fileName={fileName} label={title} />
          </div>
        ) : null}
      </header>
      {children}
      {table.rows.length > 0 ? <DataTable caption={title} data={table} /> : <p className="chart-panel__empty">{empty}</p>}
    </section>
  );
};
