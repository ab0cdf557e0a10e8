import { useMemo, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { DownloadIcon } from '@/components/ui/icons';

import type { OrgImportError } from '../api/import-organisation';
import { importErrorsCsv, importErrorSummary, isWholeFile, sortImportErrors, type ErrorSort } from '../utils/import-errors';

type ImportErrorsProps = { fileName: string; errors: ReadonlyArray<OrgImportError> };

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const errorsFileName = (fileName: string) => `${fileName.replace(/\.csv$/i, '') || 'import'}-problems.csv`;

export const ImportErrors = ({ fileName, errors }: ImportErrorsProps) => {
  const [sort, setSort] = useState<ErrorSort>('line');
  const sorted = useMemo(() => sortImportErrors(errors, sort), [errors, sort]);

  const sortButton = (by: ErrorSort, label: string) => (
    <th scope="col" aria-sort={sort === by ? 'ascending' : undefined}>
      <button type="button" className="table__sort" onClick={() => setSort(by)}>
        {label}
        <span aria-hidden="true">{sort === by ? ' ↓' : ''}</span>
      </button>
    </th>
  );

  return (
    <section className="import-errors" aria-labelledby="import-errors-heading">
      <Alert tone="error" title={importErrorSummary(errors)}>
        <p>
          Fix these in <strong>{fileName}</strong> and import it again. The line numbers are those of the file, the
          header being line 1.
        </p>
      </Alert>
      <div className="import-errors__header">
        <h3 id="import-errors-heading" className="section-title">
          Problems
        </h3>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => download(errorsFileName(fileName), importErrorsCsv(errors))}
        >
          <DownloadIcon /> Download errors as CSV
        </button>
      </div>
      <div className="table-wrapper">
        <table className="table" data-testid="import-errors">
          <caption className="visually-hidden">Problems found in {fileName}, sorted by {sort}</caption>
          <thead>
            <tr>
              {sortButton('line', 'Line')}
              {sortButton('column', 'Column')}
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((error, index) => (
              <tr key={index}>
                <td className="table__line">{isWholeFile(error) ? <span className="muted">Whole file</span> : error.line}</td>
                <td>{error.column ? <code>{error.column}</code> : <span className="muted">—</span>}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
