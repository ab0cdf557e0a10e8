import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';

import { useOrgImports } from '../api/get-org-imports';
import { importStatusLabels, isImportInProgress } from '../utils/import-status';

const counts = ['created', 'updated', 'unchanged', 'deactivated'] as const;

export const RecentImports = () => {
  const imports = useOrgImports();

  return (
    <section className="page-section" aria-labelledby="recent-imports-heading">
      <h2 id="recent-imports-heading" className="section-title">
        Recent imports
      </h2>
      {imports.isPending ? (
        <Spinner label="Loading the recent imports…" />
      ) : !imports.data ? (
        <LoadError title="The recent imports could not be loaded" error={imports.error} onRetry={() => void imports.refetch()} />
      ) : imports.data.length === 0 ? (
        <p className="muted">No organisation has been imported yet.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table" data-testid="recent-imports">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col" className="table__number">Rows</th>
                <th scope="col" className="table__number">Added</th>
                <th scope="col" className="table__number">Updated</th>
                <th scope="col" className="table__number">Unchanged</th>
                <th scope="col" className="table__number">Deactivated</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.startedAt}>{formatDateTime(entry.startedAt)}</time>
                  </td>
                  <td>
                    <span className={`status status--${entry.status.toLowerCase()}`}>{importStatusLabels[entry.status]}</span>
                    {entry.status === 'FAILED' && entry.failure ? <p className="table__note">{entry.failure}</p> : null}
                    {entry.status === 'RUNNING' ? (
                      <p className="table__note">
                        {entry.processedRows.toLocaleString()} of {entry.totalRows.toLocaleString()}
                      </p>
                    ) : null}
                  </td>
                  <td className="table__number">{entry.totalRows.toLocaleString()}</td>
                  {/* The counts are final only once the import has finished. */}
                  {counts.map((count) => (
                    <td key={count} className="table__number">
                      {isImportInProgress(entry.status) ? '—' : entry[count].toLocaleString()}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
