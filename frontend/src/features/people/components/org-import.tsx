import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { Spinner } from '@/components/ui/spinner';
import { plural } from '@/lib/format';

import { useImportOrganisation, type OrgImportError } from '../api/import-organisation';
import { maxCsvBytes, readCsvFile } from '../utils/read-csv-file';

import { CsvColumnsHelp } from './csv-columns-help';
import { ImportErrors } from './import-errors';
import { ImportProgress } from './import-progress';
import { RecentImports } from './recent-imports';

type Stage =
  | { kind: 'choosing' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; problem: string }
  | { kind: 'ready'; fileName: string; csv: string; rows: number }
  | { kind: 'invalid'; fileName: string; errors: ReadonlyArray<OrgImportError> }
  | { kind: 'started'; fileName: string; importId: string };

export const OrgImport = () => {
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const importOrganisation = useImportOrganisation();
  const busy = stage.kind === 'reading' || importOrganisation.isPending;

  const choose = async (file: File) => {
    importOrganisation.reset();
    setStage({ kind: 'reading', fileName: file.name });
    const reading = await readCsvFile(file);
    setStage(
      reading.ok
        ? { kind: 'ready', fileName: file.name, csv: reading.text, rows: reading.rows }
        : { kind: 'refused', fileName: file.name, problem: reading.problem },
    );
  };

  const start = (fileName: string, csv: string) =>
    importOrganisation.mutate(csv, {
      onSuccess: (result) => {
        if (result.errors.length > 0) setStage({ kind: 'invalid', fileName, errors: result.errors });
        else if (result.import) setStage({ kind: 'started', fileName, importId: result.import.id });
        else setStage({ kind: 'refused', fileName, problem: 'The server neither started the import nor found a problem. Try again.' });
      },
    });

  return (
    <div className="org-import">
      <CsvColumnsHelp />

      <section className="page-section" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="section-title">
          Import a file
        </h2>
        <FileDropZone
          accept=".csv,text/csv"
          buttonLabel="Choose a CSV file"
          hint={`A .csv file in UTF-8, up to ${maxCsvBytes / (1024 * 1024)} MB.`}
          disabled={busy}
          onFile={(file) => void choose(file)}
        />

        <div aria-live="polite">
          {stage.kind === 'reading' ? <Spinner label={`Reading ${stage.fileName}…`} /> : null}
          {stage.kind === 'refused' ? (
            <Alert tone="error" title={`${stage.fileName} cannot be imported`}>
              <p data-testid="file-problem">{stage.problem}</p>
            </Alert>
          ) : null}
        </div>

        {stage.kind === 'ready' ? (
          <div className="card import-confirm">
            <p>
              <strong>{stage.fileName}</strong> has {plural(stage.rows, 'row', 'rows')} after the header.
            </p>
            <p className="muted">
              The whole file is checked before anything changes. If it is valid, it becomes the organisation: people
              who are not in it are deactivated.
            </p>
            {importOrganisation.isError ? (
              <Alert tone="error" title="The file was not imported">
                <p>{importOrganisation.error.message}</p>
              </Alert>
            ) : null}
            <div className="form__actions">
              <button
                type="button"
                className="button"
                disabled={importOrganisation.isPending}
                onClick={() => start(stage.fileName, stage.csv)}
              >
                {importOrganisation.isPending ? 'Checking the file…' : 'Import organisation'}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={importOrganisation.isPending}
                onClick={() => setStage({ kind: 'choosing' })}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : null}

        {stage.kind === 'invalid' ? <ImportErrors fileName={stage.fileName} errors={stage.errors} /> : null}
        {stage.kind === 'started' ? <ImportProgress importId={stage.importId} fileName={stage.fileName} /> : null}
      </section>

      <RecentImports />
    </div>
  );
};
