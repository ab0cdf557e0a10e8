import { useMemo } from 'react';

import { ChartPanel } from '@/components/charts/chart-panel';
import type { TableData } from '@/components/charts/data-table';
import { baseChartOption, chartColors, type ChartOption } from '@/components/charts/echarts';
import { pointIndex, tooltipHtml } from '@/components/charts/tooltip';

import type { RecognitionFlow } from '../api/get-hr-dashboard';

export const RecognitionFlows = ({ flows, fileName, className }: { flows: ReadonlyArray<RecognitionFlow>; fileName: string; className?: string }) => {
  const table = useMemo<TableData<RecognitionFlow>>(
    () => ({
      columns: [
        { label: 'Givers’ team', value: (flow) => flow.from },
        { label: 'Receivers’ team', value: (flow) => flow.to },
        { label: 'Kudos', value: (flow) => flow.count, numeric: true },
      ],
      rows: flows,
      rowKey: (flow) => `${flow.from}\u0000${flow.to}`,
    }),
    [flows],
  );

  const teams = useMemo(() => [...new Set(flows.flatMap((flow) => [flow.from, flow.to]))].sort((a, b) => a.localeCompare(b)), [flows]);

  const chart = useMemo<ChartOption>(() => {
    const most = Math.max(1, ...flows.map((flow) => flow.count));
    return {
      // Room outside the labels for the axis names.
      grid: { ...baseChartOption.grid, right: 96, top: 28, bottom: 28 },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: unknown) => {
          const flow = flows[pointIndex(params)];
          return tooltipHtml(`${flow.from} → ${flow.to}`, [['Kudos', flow.count.toLocaleString()]]);
        },
      },
      xAxis: {
        type: 'category',
        data: teams,
        name: 'Receivers’ team',
        nameLocation: 'middle',
        nameGap: 44,
        // Every team named, long names over two lines.
        axisLabel: { interval: 0, width: 96, overflow: 'break', lineHeight: 15 },
      },
      yAxis: {
        type: 'category',
        data: teams,
        inverse: true,
        // Above the team names: beside them, its place would depend on their length.
        name: 'Givers’ team',
        nameLocation: 'start',
        nameGap: 10,
        nameTextStyle: { align: 'right' },
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      visualMap: {
        min: 0,
        max: most,
        calculable: false,
        orient: 'vertical',
        right: 0,
        top: 'middle',
        itemHeight: 140,
        text: [`${most.toLocaleString()} kudos`, '0'],
        inRange: { color: ['#eef0ff', chartColors.primary] },
      },
      series: [
        {
          name: 'Kudos',
          type: 'heatmap',
          label: { show: true },
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          data: flows.map((flow) => ({
            value: [teams.indexOf(flow.to), teams.indexOf(flow.from), flow.count],
            // Light text where the cell turns dark.
            label: { color: flow.count > most / 2 ? '#ffffff' : chartColors.text },
          })),
        },
      ],
    };
  }, [flows, teams]);

  const withinTeams = flows.filter((flow) => flow.from === flow.to).reduce((sum, flow) => sum + flow.count, 0);
  const total = flows.reduce((sum, flow) => sum + flow.count, 0);
  return (
    <ChartPanel
      className={className}
      title="Recognition between teams"
      summary={`Kudos from the givers’ team (rows) to the receivers’ team (columns); darker is more. ${
        total > 0 ? `${withinTeams.toLocaleString()} of ${total.toLocaleString()} kudos stayed within a team.` : ''
      }`}
      table={table}
      fileName={fileName}
      chart={flows.length > 0 ? chart : null}
      instead={<p className="chart-panel__empty">No kudos in this period.</p>}
      chartHeight={Math.max(240, teams.length * 48 + 90)}
      testId="chart-flows"
    />
  );
};
