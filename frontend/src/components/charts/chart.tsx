import { useEffect, useRef } from 'react';

import { baseChartOption, initChart, type ChartOption } from './echarts';

type ChartProps = {
  option: ChartOption;
  /** Names the chart for assistive technology. */
  label: string;
  /** The id of the text that says what the chart shows. */
  describedBy?: string;
  /** In pixels; the width follows the container. */
  height?: number;
};

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * One ECharts instance drawn into a div: created on mount, redrawn when the option changes, resized with its
 * container, disposed on unmount. The drawing is one image to assistive technology: its label and description
 * say what it shows, and the table beside it (ChartPanel) gives every number.
 */
export const Chart = ({ option, label, describedBy, height = 280 }: ChartProps) => {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof initChart>>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = initChart(container, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series that went away (a filter changed) must not linger from the previous option.
    chartRef.current?.setOption({ ...baseChartOption, animation: !prefersReducedMotion(), ...option }, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={containerRef}
      className="chart"
      style={{ height }}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="chart"
    />
  );
};
