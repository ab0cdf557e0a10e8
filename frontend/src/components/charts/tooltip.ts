const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/**
 * A tooltip's HTML: a title, then one "label: value" line each. ECharts puts a formatter's string in the page as
 * HTML, and names come from people, so every text is escaped here.
 */
export const tooltipHtml = (title: string, lines: ReadonlyArray<readonly [label: string, value: string]>) =>
  [`<strong>${escapeHtml(title)}</strong>`, ...lines.map(([label, value]) => `${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong>`)].join(
    '<br/>',
  );

/** The index of the data point a tooltip is about: ECharts hands one point, or all of an axis position's. */
export const pointIndex = (params: unknown) => {
  const point = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
  return point?.dataIndex ?? 0;
};
