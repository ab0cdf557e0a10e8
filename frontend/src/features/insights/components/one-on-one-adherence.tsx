import { useMemo } from 'react';
import { Link } from 'react-router';

import { ChartPanel, type LegendEntry } from '@/components/charts/chart-panel';
import type { DataColumn, TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';
import { pointIndex, tooltipHtml } from '@/components/charts/tooltip';
import { personPath } from '@/config/paths';

import type { OneOnOneAdherence as Adherence } from '../api/insights-cache';
import { formatShare, percentage } from '../utils/format';

type OneOnOneAdherenceProps = {
  rows: ReadonlyArray<Adherence>;
  /** A bar per report (a manager's line) or per manager (the company). */
  per: 'report' | 'manager';
  fileName: string;
  className?: string;
};

const whoOf = (row: Adherence, per: 'report' | 'manager') => (per === 'report' && row.report ? row.report : row.manager);
const heldText = (row: Adherence) =>
  row.rate === null ? 'none due' : `${row.held.toLocaleString()} of ${row.expected.toLocaleString()} held`;

const legend = [
  { label: 'Share of 1:1s held', color: chartColors.primary },
  { label: 'With an overdue series', color: chartColors.danger },
] as const satisfies ReadonlyArray<LegendEntry>;

const barLabel = (row: Adherence) => `${heldText(row)}${row.overdue > 0 ? ` · ${row.overdue.toLocaleString()} overdue` : ''}`;

export const OneOnOneAdherence = ({ rows, per, fileName, className }: OneOnOneAdherenceProps) => {
  // Overdue ones first, then the lowest share held: what needs attention is on top.
  const sorted = useMemo(
    () => [...rows].sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0) || (a.rate ?? 2) - (b.rate ?? 2)),
    [rows],
  );

  const table = useMemo<TableData<Adherence>>(() => {
    const person = (label: string, of: (row: Adherence) => { id: string; name: string }): DataColumn<Adherence> => ({
      label,
      value: (row) => of(row).name,
      render: (row) => <Link to={personPath(of(row).id)}>{of(row).name}</Link>,
    });
    return {
      columns: [
        ...(per === 'report' ? [person('Report', (row) => row.report ?? row.manager), person('Manager', (row) => row.manager)] : [person('Manager', (row) => row.manager)]),
        { label: 'Series', value: (row) => row.series, numeric: true },
        { label: 'Expected', value: (row) => row.expected, numeric: true },
        { label: 'Held', value: (row) => row.held, numeric: true },
        {
          label: 'Held (%)',
          value: (row) => (row.rate === null ? null : percentage(row.rate)),
          render: (row) => (row.rate === null ? <span className="muted">none due</span> : formatShare(row.rate)),
          numeric: true,
        },
        {
          label: 'Overdue series',
          value: (row) => row.overdue,
          render: (row) => (row.overdue > 0 ? <strong className="insights-overdue">{row.overdue.toLocaleString()}</strong> : '0'),
          numeric: true,
        },
      ],
      rows: sorted,
      rowKey: (row) => `${row.manager.id}:${row.report?.id ?? ''}`,
      rowClassName: (row) => (row.overdue > 0 ? 'insights-row--overdue' : undefined),
    };
  }, [sorted, per]);

  const chart = useMemo<ChartOption>(() => {
    // Room on the right for the longest label at the end of a full bar (about 7 px a character at 12 px).
    const longestLabel = Math.max(0, ...sorted.map((row) => barLabel(row).length));
    const bar = (name: string, color: string, include: (row: Adherence) => boolean) => ({
      name,
      type: 'bar' as const,
      stack: 'held',
      color,
      barMaxWidth: 22,
      data: sorted.map((row) =>
        include(row)
          ? {
              value: row.rate === null ? 0 : percentage(row.rate),
              label: {
                show: true,
                position: 'right' as const,
                color: row.overdue > 0 ? chartColors.danger : chartColors.mutedText,
                fontWeight: row.overdue > 0 ? ('bold' as const) : ('normal' as const),
                formatter: barLabel(row),
              },
            }
          : null,
      ),
    });
    return {
      grid: { ...baseChartOption.grid, right: 16 + longestLabel * 7 },
      tooltip: {
        ...baseChartOption.tooltip,
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const row = sorted[pointIndex(params)];
          return tooltipHtml(whoOf(row, per).name, [
            ...(per === 'report' ? ([['Manager', row.manager.name]] as const) : []),
            ['1:1s held', heldText(row)],
            ['Held', row.rate === null ? '—' : formatShare(row.rate)],
            ['Overdue series', row.overdue.toLocaleString()],
          ]);
        },
      },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', hideOverlap: true }, splitLine: { lineStyle: { color: chartColors.grid } } },
      yAxis: { type: 'category', inverse: true, data: sorted.map((row) => whoOf(row, per).name), axisLabel: { width: 160, overflow: 'truncate' } },
      series: [
        bar(legend[0].label, legend[0].color, (row) => row.overdue === 0),
        bar(legend[1].label, legend[1].color, (row) => row.overdue > 0),
      ],
    };
  }, [sorted, per]);

  const overdue = rows.filter((row) => row.overdue > 0).length;
  const who = per === 'report' ? 'report' : 'manager';
  return (
    <ChartPanel
      className={className}
      title={per === 'report' ? '1:1s held per report' : '1:1s held per manager'}
      summary={`The share of scheduled 1:1s that were held in the period, skipped ones not counted. ${
        overdue > 0
          ? `${overdue.toLocaleString()} ${overdue === 1 ? who : `${who}s`} ${overdue === 1 ? 'has' : 'have'} an overdue series (no 1:1 for 1.5 times its cadence), in red.`
          : 'No series is overdue.'
      }`}
      table={table}
      fileName={fileName}
      chart={rows.length > 0 ? chart : null}
      legend={legend}
      instead={<p className="chart-panel__empty">No 1:1 series in this period.</p>}
      chartHeight={Math.max(160, sorted.length * 30 + 70)}
      testId="chart-one-on-ones"
    />
  );
};
