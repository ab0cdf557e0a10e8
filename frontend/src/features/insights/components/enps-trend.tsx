import { useMemo } from 'react';

import { ChartPanel } from '@/components/charts/chart-panel';
import type { TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';
import { pointIndex, tooltipHtml } from '@/components/charts/tooltip';
import { LockIcon } from '@/components/ui/icons';
import { formatDate } from '@/lib/format';

import type { EnpsPoint } from '../api/get-hr-dashboard';
import { formatEnps } from '../utils/format';

const isShown = (round: EnpsPoint): round is EnpsPoint & { enps: number } => round.enps !== null;

export const EnpsTrend = ({ rounds, fileName, className }: { rounds: ReadonlyArray<EnpsPoint>; fileName: string; className?: string }) => {
  const table = useMemo<TableData<EnpsPoint>>(
    () => ({
      columns: [
        { label: 'Round opened at', value: (round) => round.opensAt, render: (round) => formatDate(round.opensAt) },
        { label: 'Question', value: (round) => round.question },
        { label: 'Answers counted', value: (round) => round.answers, numeric: true },
        { label: 'eNPS', value: (round) => round.enps, render: (round) => (isShown(round) ? formatEnps(round.enps) : <span className="muted">withheld</span>), numeric: true },
        { label: 'Answers left out', value: (round) => round.leftOut, numeric: true },
        { label: 'Withheld because', value: (round) => round.withheldReason ?? '' },
      ],
      rows: rounds,
      rowKey: (round) => round.roundId,
      rowClassName: (round) => (isShown(round) ? undefined : 'insights-row--withheld'),
    }),
    [rounds],
  );

  const chart = useMemo<ChartOption>(
    () => ({
      grid: { ...baseChartOption.grid, top: 24 },
      tooltip: {
        ...baseChartOption.tooltip,
        formatter: (params: unknown) => {
          const round = rounds[pointIndex(params)];
          return tooltipHtml(`Round of ${formatDate(round.opensAt)}`, [
            ['eNPS', isShown(round) ? formatEnps(round.enps) : `withheld: ${round.withheldReason ?? ''}`],
            ['Answers counted', round.answers.toLocaleString()],
          ]);
        },
      },
      xAxis: {
        type: 'category',
        data: rounds.map((round) => `${formatDate(round.opensAt)}${isShown(round) ? '' : ' (withheld)'}`),
        axisLabel: { hideOverlap: true },
        // Below the plot, not on the zero line in its middle.
        axisLine: { onZero: false },
      },
      yAxis: { type: 'value', min: -100, max: 100, interval: 50, splitLine: { lineStyle: { color: chartColors.grid } } },
      series: [
        {
          name: 'eNPS',
          type: 'line',
          color: chartColors.primary,
          symbol: 'circle',
          symbolSize: 9,
          lineStyle: { width: 2 },
          label: { show: true, position: 'top', formatter: (params: { value?: unknown }) => formatEnps(Number(params.value)) },
          data: rounds.map((round) => round.enps ?? null),
        },
      ],
    }),
    [rounds],
  );

  const shown = rounds.filter(isShown);
  const latest = shown.at(-1);
  const withheld = rounds.filter((round) => !isShown(round));
  const reasons = [...new Set(withheld.map((round) => round.withheldReason ?? 'Too few answers to show.'))];

  return (
    <ChartPanel
      className={className}
      title="eNPS"
      summary="Employee net promoter score of each pulse round opened in the period, from −100 to +100: the share of promoters (9–10) minus the share of detractors (0–6)."
      table={table}
      fileName={fileName}
      chart={shown.length > 0 ? chart : null}
      instead={
        rounds.length === 0 ? (
          <p className="chart-panel__empty">No pulse round opened in this period.</p>
        ) : (
          <WithheldNotice title="eNPS is withheld for this view" reasons={reasons} />
        )
      }
      testId="chart-enps"
    >
      {latest ? (
        <p className="enps-latest">
          <span className="enps-latest__value" data-testid="enps-latest">
            {formatEnps(latest.enps)}
          </span>
          <span className="muted">
            latest round, {formatDate(latest.opensAt)} · {latest.answers.toLocaleString()} answers
            {latest.leftOut > 0 ? ` (${latest.leftOut.toLocaleString()} left out: their teams are too small to count on their own)` : ''}
          </span>
        </p>
      ) : null}
      {shown.length > 0 && withheld.length > 0 ? (
        <WithheldNotice title={`${withheld.length === 1 ? 'One round is' : `${withheld.length} rounds are`} withheld`} reasons={reasons} />
      ) : null}
    </ChartPanel>
  );
};

const WithheldNotice = ({ title, reasons }: { title: string; reasons: ReadonlyArray<string> }) => (
  <div className="insights-withheld" role="status" data-testid="enps-withheld">
    <p className="insights-withheld__title">
      <LockIcon />
      {title}
    </p>
    {reasons.map((reason) => (
      <p key={reason}>{reason}</p>
    ))}
  </div>
);
