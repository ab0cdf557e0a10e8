import { useMemo } from 'react';

import { ChartPanel, type LegendEntry } from '@/components/charts/chart-panel';
import type { TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';
import { pointIndex, tooltipHtml } from '@/components/charts/tooltip';

import type { CheckInWeek } from '../api/get-manager-dashboard';
import { formatBucket, formatBucketLong, formatShare, percentage } from '../utils/format';

type CheckInTrendProps = { weeks: ReadonlyArray<CheckInWeek>; fileName: string; className?: string };

// The server withholds a week's mood below 5 check-ins, so that no one's mood can be worked out.
const withheldLabel = 'withheld (fewer than 5)';
const withheld = (week: CheckInWeek) => week.averageMood === null && week.submitted > 0;
const completion = (week: CheckInWeek) => (week.people > 0 ? week.submitted / week.people : 0);

const moodText = (week: CheckInWeek) =>
  week.averageMood !== null
    ? week.averageMood.toLocaleString(undefined, { maximumFractionDigits: 1 })
    : withheld(week)
      ? withheldLabel
      : 'no check-ins';

const legend = [
  { label: 'Checked in (%)', color: chartColors.primary },
  { label: `Checked in, mood ${withheldLabel}`, color: chartColors.muted },
  { label: 'Average mood (1–5)', color: chartColors.amber, mark: 'solid' },
] as const satisfies ReadonlyArray<LegendEntry>;

// Labels on the bars only while they fit: a year of weeks relies on colour, legend and tooltip.
const labelledWeeks = 16;

export const CheckInTrend = ({ weeks, fileName, className }: CheckInTrendProps) => {
  const table = useMemo<TableData<CheckInWeek>>(
    () => ({
      columns: [
        { label: 'Week starting', value: (week) => week.week, render: (week) => formatBucketLong(week.week, 'week') },
        { label: 'Check-ins', value: (week) => week.submitted, numeric: true },
        { label: 'People', value: (week) => week.people, numeric: true },
        { label: 'Completion (%)', value: (week) => percentage(completion(week)), render: (week) => formatShare(completion(week)), numeric: true },
        {
          label: 'Average mood (1–5)',
          value: (week) => week.averageMood ?? moodText(week),
          render: (week) => (week.averageMood !== null ? moodText(week) : <span className="muted">{moodText(week)}</span>),
          numeric: true,
        },
      ],
      rows: weeks,
      rowKey: (week) => week.week,
    }),
    [weeks],
  );

  const chart = useMemo<ChartOption>(() => {
    const bar = (name: string, color: string, include: (week: CheckInWeek) => boolean, label?: string) => ({
      name,
      type: 'bar' as const,
      stack: 'completion',
      color,
      barMaxWidth: 36,
      data: weeks.map((week) => (include(week) ? percentage(completion(week)) : null)),
      ...(label && weeks.length <= labelledWeeks
        ? { label: { show: true, position: 'top' as const, formatter: label, color: chartColors.mutedText, fontSize: 11 } }
        : {}),
    });
    return {
      grid: { ...baseChartOption.grid, top: 32 },
      tooltip: {
        ...baseChartOption.tooltip,
        formatter: (params: unknown) => {
          const week = weeks[pointIndex(params)];
          return tooltipHtml(formatBucketLong(week.week, 'week'), [
            ['Checked in', `${week.submitted.toLocaleString()} of ${week.people.toLocaleString()} (${formatShare(completion(week))})`],
            ['Average mood', moodText(week)],
          ]);
        },
      },
      xAxis: { type: 'category', data: weeks.map((week) => formatBucket(week.week, 'week')), axisLabel: { hideOverlap: true } },
      yAxis: [
        // The axis names start at their axis and run inwards, so neither is cut at the edge.
        {
          type: 'value',
          name: 'Checked in',
          nameTextStyle: { align: 'left' },
          min: 0,
          max: 100,
          axisLabel: { formatter: '{value}%' },
          splitLine: { lineStyle: { color: chartColors.grid } },
        },
        { type: 'value', name: 'Mood', nameTextStyle: { align: 'right' }, min: 1, max: 5, interval: 1, splitLine: { show: false } },
      ],
      series: [
        bar(legend[0].label, legend[0].color, (week) => !withheld(week)),
        bar(legend[1].label, legend[1].color, withheld, 'withheld'),
        {
          name: legend[2].label,
          type: 'line',
          yAxisIndex: 1,
          color: legend[2].color,
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { width: 2 },
          data: weeks.map((week) => week.averageMood),
        },
      ],
    };
  }, [weeks]);

  const withheldWeeks = weeks.filter(withheld).length;
  return (
    <ChartPanel
      className={className}
      title="Check-ins and mood"
      summary={`The share of people who checked in each week (bars) and their average mood from 1 to 5 (line). ${
        withheldWeeks > 0
          ? `The mood of ${withheldWeeks === 1 ? 'one week is' : `${withheldWeeks} weeks is`} withheld: fewer than 5 people checked in, so it could tell who felt what.`
          : 'A week’s mood is shown only from 5 check-ins.'
      }`}
      table={table}
      fileName={fileName}
      chart={weeks.length > 0 ? chart : null}
      legend={legend}
      instead={<p className="chart-panel__empty">No check-in weeks in this period.</p>}
      testId="chart-check-ins"
    />
  );
};
