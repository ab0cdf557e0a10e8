/** "+23", "0", "−12": eNPS runs from −100 to +100, and its sign matters. */
export const formatEnps = (enps: number) => (enps > 0 ? `+${enps}` : enps < 0 ? `−${Math.abs(enps)}` : '0');

/** A whole percentage of `total`, 0 when there is nothing to divide. */
export const percentOf = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 100) : 0);

/** How each score counts in eNPS. */
export const scoreGroups = [
  { key: 'promoters', label: 'Promoters', range: '9–10' },
  { key: 'passives', label: 'Passives', range: '7–8' },
  { key: 'detractors', label: 'Detractors', range: '0–6' },
] as const;
