import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import { CsvButton, TablePanel } from '@/components/charts/chart-panel';
import { DataTable, type DataColumn, type TableData } from '@/components/charts/data-table';
import { Tabs } from '@/components/ui/tabs';
import { personPath } from '@/config/paths';
import { formatDate } from '@/lib/format';

import type { ManagerDashboard } from '../api/get-manager-dashboard';

type PersonRecognition = ManagerDashboard['recognitionByPerson'][number];
type NotRecognisedPerson = ManagerDashboard['notRecognised'][number]['people'][number];
type ActionItemsByOwner = ManagerDashboard['openActionItems'][number];

const personColumn = <Row,>(label: string, of: (row: Row) => { id: string; name: string; title?: string }): DataColumn<Row> => ({
  label,
  value: (row) => of(row).name,
  render: (row) => (
    <>
      <Link to={personPath(of(row).id)}>{of(row).name}</Link>
      {of(row).title ? <p className="table__note">{of(row).title}</p> : null}
    </>
  ),
});

const lastRecognisedColumn = <Row extends { lastRecognisedAt?: string | null }>(): DataColumn<Row> => ({
  label: 'Last recognised',
  value: (row) => row.lastRecognisedAt,
  render: (row) => (row.lastRecognisedAt ? <time dateTime={row.lastRecognisedAt}>{formatDate(row.lastRecognisedAt)}</time> : <span className="muted">Never</span>),
});

/** Everyone in the line with the kudos they gave and received in the period. */
export const RecognitionByPerson = ({ people, fileName, className }: { people: ReadonlyArray<PersonRecognition>; fileName: string; className?: string }) => {
  const table = useMemo<TableData<PersonRecognition>>(
    () => ({
      columns: [
        personColumn('Person', (row) => row.person),
        { label: 'Kudos given', value: (row) => row.given, numeric: true },
        { label: 'Kudos received', value: (row) => row.received, numeric: true },
        lastRecognisedColumn(),
      ],
      rows: people,
      rowKey: (row) => row.person.id,
    }),
    [people],
  );
  return (
    <TablePanel
      className={className}
      title="Recognition by person"
      summary="Kudos each person gave and received in the period; when they were last recognised, ever."
      table={table}
      fileName={fileName}
      empty="No one in this line yet."
      testId="table-recognition-by-person"
    />
  );
};

/** Who nobody has recognised for 30, 60 or 90 days: a tab each, with how many. */
export const NotRecognised = ({ groups, fileName, className }: { groups: ManagerDashboard['notRecognised']; fileName: string; className?: string }) => {
  const [selected, setSelected] = useState(String(groups[0]?.days ?? 30));
  const group = groups.find((candidate) => String(candidate.days) === selected) ?? groups[0];
  const table = useMemo<TableData<NotRecognisedPerson>>(
    () => ({
      columns: [personColumn('Person', (row) => row.person), lastRecognisedColumn()],
      rows: group?.people ?? [],
      rowKey: (row) => row.person.id,
    }),
    [group],
  );
  const title = `Not recognised for ${group?.days ?? 30} days`;
  return (
    <section className={`card chart-panel ${className ?? ''}`} aria-labelledby="not-recognised-title" data-testid="table-not-recognised">
      <header className="chart-panel__header">
        <div className="chart-panel__heading">
          <h2 id="not-recognised-title" className="section-title">
            Not recognised lately
          </h2>
          <p className="chart-panel__summary">People nobody has given kudos to for longer than 30, 60 or 90 days, up to today.</p>
        </div>
        {table.rows.length > 0 ? (
          <div className="chart-panel__actions">
            <CsvButton table={table} fileName={`${fileName}-${group?.days ?? 30}-days`} label={title} />
          </div>
        ) : null}
      </header>
      <Tabs
        label="Not recognised for"
        tabs={groups.map((candidate) => ({
          id: String(candidate.days),
          label: (
            <>
              {candidate.days} days <span className="tabs__count">{candidate.people.length.toLocaleString()}</span>
            </>
          ),
        }))}
        selected={selected}
        onSelect={setSelected}
      >
        {table.rows.length > 0 ? (
          <DataTable caption={title} data={table} />
        ) : (
          <p className="chart-panel__empty">Everyone has been recognised in the last {group?.days ?? 30} days.</p>
        )}
      </Tabs>
    </section>
  );
};

/** Open action items of the line's 1:1s, by whoever owns them. */
export const OpenActionItems = ({ owners, fileName, className }: { owners: ReadonlyArray<ActionItemsByOwner>; fileName: string; className?: string }) => {
  const table = useMemo<TableData<ActionItemsByOwner>>(
    () => ({
      columns: [
        personColumn('Owner', (row) => row.owner),
        { label: 'Open', value: (row) => row.open, numeric: true },
        {
          label: 'Overdue',
          value: (row) => row.overdue,
          render: (row) => (row.overdue > 0 ? <strong className="insights-overdue">{row.overdue.toLocaleString()}</strong> : '0'),
          numeric: true,
        },
      ],
      rows: owners,
      rowKey: (row) => row.owner.id,
      rowClassName: (row) => (row.overdue > 0 ? 'insights-row--overdue' : undefined),
    }),
    [owners],
  );
  return (
    <TablePanel
      className={className}
      title="Open action items"
      summary="Action items from the line’s 1:1s that are not done yet, by owner; overdue ones are past their due date."
      table={table}
      fileName={fileName}
      empty="No open action items."
      testId="table-action-items"
    />
  );
};
