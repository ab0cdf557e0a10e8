import type { ReactNode } from 'react';

export type InsightTile = { label: string; value: string; note?: ReactNode; testId?: string };

/** The few numbers a dashboard leads with. */
export const InsightTiles = ({ tiles }: { tiles: ReadonlyArray<InsightTile> }) => (
  <dl className="insight-tiles">
    {tiles.map((tile) => (
      <div key={tile.label} className="card insight-tile" data-testid={tile.testId}>
        <dt className="insight-tile__label">{tile.label}</dt>
        <dd className="insight-tile__value">{tile.value}</dd>
        {tile.note ? <dd className="insight-tile__note">{tile.note}</dd> : null}
      </div>
    ))}
  </dl>
);
