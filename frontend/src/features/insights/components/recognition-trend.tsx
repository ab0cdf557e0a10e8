import { useMemo } from 'react';

import { ChartPanel } from '@/components/charts/chart-panel';
import type { TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';
import { pointIndex, tooltipHtml } from '@/components/charts/tooltip';

import type { DashboardPeriod, RecognitionPoint } from '../api/insights-cache';
import { formatBucket, formatBucketLong } from '../utils/format';

type RecognitionTrendProps = {
  points: ReadonlyArray<RecognitionPoint>;
  period: DashboardPeriod;
  /** Who is counted: "your reporting line", "the people in the filter". */
  who: string;
  fileName: string;
  className?: string;
};

// Three lines told apart by dash and marker as well as colour.
const lines = [
  { key: 'given', name: 'Kudos given', color: chartColors.primary, dash: 'solid', symbol: 'circle' },
  { key: 'received', name: 'Kudos received', color: chartColors.teal, dash: 'dashed', symbol: 'rect' },
  { key: 'recognisedPeople', name: 'People recognised', color: chartColors.amber, dash: 'dotted', symbol: 'triangle' },
] as const;

export const RecognitionTrend = ({ points, period, who, fileName, className }: RecognitionTrendProps) => {
  const table = useMemo<TableData<RecognitionPoint>>(
    () => ({
      columns: [
        { label: period.bucket === 'month' ? 'Month' : 'Week starting', value: (point) => point.start, render: (point) => formatBucketLong(point.start, period.bucket) },
        ...lines.map((line) => ({ label: line.name, value: (point: RecognitionPoint) => point[line.key], numeric: true })),
      ],
      rows: points,
      rowKey: (point) => point.start,
    }),
    [points, period.bucket],
  );

  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: {
        ...baseChartOption.tooltip,
        formatter: (params: unknown) => {
          const point = points[pointIndex(params)];
          return tooltipHtml(
            formatBucketLong(point.start, period.bucket),
            lines.map((line) => [line.name, point[line.key].toLocaleString()] as const),
          );
        },
      },
      xAxis: { type: 'category', data: points.map((point) => formatBucket(point.start, period.bucket)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: chartColors.grid } } },
      series: lines.map((line) => ({
        name: line.name,
        type: 'line',
        data: points.map((point) => point[line.key]),
        color: line.color,
        symbol: line.symbol,
        symbolSize: 7,
        lineStyle: { type: line.dash, width: 2 },
      })),
    }),
    [points, period.bucket],
  );

  const total = (key: 'given' | 'received') => points.reduce((sum, point) => sum + point[key], 0);
  return (
    <ChartPanel
      className={className}
      title="Recognition over time"
      summary={`Kudos given and received by ${who}, and how many of them were recognised, per ${period.bucket}: ${total('given').toLocaleString()} given and ${total('received').toLocaleString()} received in the period.`}
      table={table}
      fileName={fileName}
      chart={points.length > 0 ? chart : null}
      legend={lines.map((line) => ({ label: line.name, color: line.color, mark: line.dash }))}
      instead={<p className="chart-panel__empty">No kudos in this period.</p>}
      testId="chart-recognition"
    />
  );
};
