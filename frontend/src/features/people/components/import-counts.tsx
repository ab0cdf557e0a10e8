import type { OrgImport } from '../api/get-org-import';

const counts = [
  ['created', 'Added'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['deactivated', 'Deactivated'],
] as const;

export const ImportCounts = ({ orgImport }: { orgImport: Pick<OrgImport, (typeof counts)[number][0]> }) => (
  <dl className="facts import-counts">
    {counts.map(([key, label]) => (
      <div key={key} className="facts__item">
        <dt>{label}</dt>
        <dd data-testid={`import-${key}`}>{orgImport[key].toLocaleString()}</dd>
      </div>
    ))}
  </dl>
);
