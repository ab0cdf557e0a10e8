// ECharts piece by piece: only the chart types and components the dashboards draw are registered, and only the
// SVG renderer (crisp text, selectable in the DOM, lighter than canvas for a few hundred points). Anything that
// imports this module joins the lazily loaded chunks of the pages that draw charts, never the entry.
import { BarChart, HeatmapChart, LineChart, type BarSeriesOption, type HeatmapSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { init, use as register, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// No legend component: ECharts' legend does not make room for itself when it wraps on a narrow screen, so
// ChartPanel writes the legend in HTML above the chart. The continuous visual map only: no piecewise maps are drawn.
register([LineChart, BarChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export { init as initChart };

/** The app's palette (index.css) for series: distinct in hue and lightness, so that they tell apart in grey too. */
export const chartColors = {
  primary: '#4f46e5',
  teal: '#0e9384',
  amber: '#dc6803',
  danger: '#d92d20',
  muted: '#98a2b3',
  text: '#1b2030',
  mutedText: '#5b6478',
  grid: '#e3e6ee',
} as const;

/** What every chart shares: the app's font and colours, room for axis labels, a tooltip on hover. */
export const baseChartOption = {
  textStyle: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif", color: chartColors.text },
  // The plot shrinks until its axis labels fit inside these margins (what containLabel did before ECharts 6).
  grid: { left: 8, right: 16, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
  tooltip: { trigger: 'axis', confine: true },
} as const satisfies ChartOption;
