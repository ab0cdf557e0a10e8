import { useMemo } from 'react';

import { ChartPanel } from '@/components/charts/chart-panel';
import type { TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';

import type { IdeaSummary } from '../api/insights-cache';
import { formatHours, formatShare, formatStatus } from '../utils/format';

type IdeaFunnelProps = { ideas: IdeaSummary; who: string; fileName: string; className?: string };
type Stage = IdeaSummary['funnel'][number];

export const IdeaFunnel = ({ ideas, who, fileName, className }: IdeaFunnelProps) => {
  const table = useMemo<TableData<Stage>>(
    () => ({
      columns: [
        { label: 'Status', value: (stage) => formatStatus(stage.label) },
        { label: 'Ideas', value: (stage) => stage.count, numeric: true },
      ],
      rows: ideas.funnel,
      rowKey: (stage) => stage.label,
    }),
    [ideas.funnel],
  );

  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: { ...baseChartOption.tooltip, axisPointer: { type: 'shadow' } },
      grid: { ...baseChartOption.grid, top: 24 },
      xAxis: { type: 'category', data: ideas.funnel.map((stage) => formatStatus(stage.label)), axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: chartColors.grid } } },
      series: [
        {
          name: 'Ideas',
          type: 'bar',
          color: chartColors.primary,
          barMaxWidth: 48,
          label: { show: true, position: 'top', color: chartColors.text },
          data: ideas.funnel.map((stage) => stage.count),
        },
      ],
    }),
    [ideas.funnel],
  );

  return (
    <ChartPanel
      className={className}
      title="Ideas"
      summary={`Ideas ${who} submitted in the period, by where they stand now, and how long a first answer took in business hours.`}
      table={table}
      fileName={fileName}
      chart={ideas.submitted > 0 ? chart : null}
      instead={<p className="chart-panel__empty">No ideas were submitted in this period.</p>}
      chartHeight={240}
      testId="chart-ideas"
    >
      <AnswerTimeFigures ideas={ideas} />
    </ChartPanel>
  );
};

/** Median and 90th percentile against the company's answer time, as numbers: three values do not need a chart. */
const AnswerTimeFigures = ({ ideas }: { ideas: IdeaSummary }) => {
  const late = (hours: number | null) => hours !== null && hours > ideas.slaHours;
  const hours = (value: number | null) => (value === null ? '—' : formatHours(value));
  return (
    <dl className="insight-figures" data-testid="idea-answer-times">
      <div className="insight-figures__item">
        <dt>Submitted</dt>
        <dd>{ideas.submitted.toLocaleString()}</dd>
      </div>
      <div className="insight-figures__item">
        <dt>Answered</dt>
        <dd>
          {ideas.answered.toLocaleString()}
          {ideas.waiting > 0 ? <span className="insight-figures__note"> · {ideas.waiting.toLocaleString()} still waiting</span> : null}
        </dd>
      </div>
      <div className={`insight-figures__item${late(ideas.medianHoursToAnswer) ? ' insight-figures__item--late' : ''}`}>
        <dt>Median time to answer</dt>
        <dd>
          {hours(ideas.medianHoursToAnswer)}
          {late(ideas.medianHoursToAnswer) ? <span className="insight-figures__note"> · over target</span> : null}
        </dd>
      </div>
      <div className={`insight-figures__item${late(ideas.p90HoursToAnswer) ? ' insight-figures__item--late' : ''}`}>
        <dt>90% answered within</dt>
        <dd>
          {hours(ideas.p90HoursToAnswer)}
          {late(ideas.p90HoursToAnswer) ? <span className="insight-figures__note"> · over target</span> : null}
        </dd>
      </div>
      <div className="insight-figures__item">
        <dt>Target</dt>
        <dd>
          {formatHours(ideas.slaHours)}
          {ideas.withinSlaShare !== null ? (
            <span className="insight-figures__note"> · {formatShare(ideas.withinSlaShare)} met it</span>
          ) : null}
        </dd>
      </div>
    </dl>
  );
};
