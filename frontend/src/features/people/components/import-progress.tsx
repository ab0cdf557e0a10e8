import { Alert } from '@/components/ui/alert';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';

import { useOrgImport, type OrgImport } from '../api/get-org-import';
import { importStatusLabels, isImportInProgress } from '../utils/import-status';

import { ImportCounts } from './import-counts';

type ImportProgressProps = { importId: string; fileName: string };

export const ImportProgress = ({ importId, fileName }: ImportProgressProps) => {
  const orgImport = useOrgImport(importId);

  if (orgImport.isPending) return <Spinner label="Starting the import…" />;
  if (!orgImport.data) {
    return (
      <LoadError
        title="The import’s progress could not be read"
        error={orgImport.error ?? new Error('The server does not know this import.')}
        onRetry={() => void orgImport.refetch()}
      />
    );
  }
  const current = orgImport.data;
  return isImportInProgress(current.status) ? (
    <Running orgImport={current} fileName={fileName} />
  ) : (
    <Finished orgImport={current} fileName={fileName} />
  );
};

const Running = ({ orgImport, fileName }: { orgImport: OrgImport; fileName: string }) => {
  const known = orgImport.totalRows > 0;
  const percent = known ? Math.round((orgImport.processedRows / orgImport.totalRows) * 100) : 0;
  return (
    <section className="card import-progress" aria-labelledby="import-progress-label">
      <p id="import-progress-label" className="import-progress__label">
        {importStatusLabels[orgImport.status]} <strong>{fileName}</strong>…
      </p>
      {/* Without a value, <progress> shows that work is going on without saying how much. */}
      <progress
        className="import-progress__bar"
        aria-labelledby="import-progress-label"
        max={known ? orgImport.totalRows : undefined}
        value={known ? orgImport.processedRows : undefined}
      />
      <p className="muted" data-testid="import-progress">
        {known
          ? `${orgImport.processedRows.toLocaleString()} of ${orgImport.totalRows.toLocaleString()} rows (${percent}%)`
          : 'Waiting for the import to start'}
      </p>
    </section>
  );
};

const Finished = ({ orgImport, fileName }: { orgImport: OrgImport; fileName: string }) =>
  orgImport.status === 'SUCCEEDED' ? (
    <section className="import-result" aria-label="Import result">
      <Alert tone="success" title={`${fileName} is imported`}>
        <p>
          {orgImport.totalRows.toLocaleString()} rows
          {orgImport.finishedAt ? `, finished ${formatDateTime(orgImport.finishedAt)}` : ''}.
        </p>
      </Alert>
      <ImportCounts orgImport={orgImport} />
    </section>
  ) : (
    <Alert tone="error" title={`The import of ${fileName} failed`}>
      <p>{orgImport.failure ?? 'The server did not say why.'}</p>
      <p>
        {orgImport.processedRows.toLocaleString()} of {orgImport.totalRows.toLocaleString()} rows were processed before it
        stopped.
      </p>
    </Alert>
  );
