import { useMemo } from 'react';

import { ChartPanel } from '@/components/charts/chart-panel';
import type { TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';

type ValueCount = { label: string; count: number };

export const RecognitionByValue = ({ values, fileName, className }: { values: ReadonlyArray<ValueCount>; fileName: string; className?: string }) => {
  const sorted = useMemo(() => [...values].sort((a, b) => b.count - a.count), [values]);
  const table = useMemo<TableData<ValueCount>>(
    () => ({
      columns: [
        { label: 'Value', value: (value) => value.label },
        { label: 'Kudos', value: (value) => value.count, numeric: true },
      ],
      rows: sorted,
      rowKey: (value) => value.label,
    }),
    [sorted],
  );

  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: { ...baseChartOption.tooltip, axisPointer: { type: 'shadow' } },
      grid: { ...baseChartOption.grid, top: 8, right: 48 },
      xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: chartColors.grid } } },
      yAxis: { type: 'category', inverse: true, data: sorted.map((value) => value.label), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        {
          name: 'Kudos',
          type: 'bar',
          color: chartColors.teal,
          barMaxWidth: 28,
          label: { show: true, position: 'right', color: chartColors.text },
          data: sorted.map((value) => value.count),
        },
      ],
    }),
    [sorted],
  );

  return (
    <ChartPanel
      className={className}
      title="Recognition by value"
      summary="Kudos received in the period, by the company value they were given for."
      table={table}
      fileName={fileName}
      chart={sorted.some((value) => value.count > 0) ? chart : null}
      instead={<p className="chart-panel__empty">No kudos in this period.</p>}
      chartHeight={Math.max(140, sorted.length * 40 + 40)}
      testId="chart-values"
    />
  );
};
