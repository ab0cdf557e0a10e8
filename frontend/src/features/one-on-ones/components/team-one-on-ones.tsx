import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { oneOnOneMeetingPath, oneOnOneSeriesPath, personPath, scheduleOneOnOnePath } from '@/config/paths';
import { formatDate, plural } from '@/lib/format';

import { useReportsOneOnOnes, type ReportOneOnOnes } from '../api/get-reports-one-on-ones';
import { formatDaysAgo, formatMeetingStart } from '../utils/meeting-time';
import { cadenceLabel } from '../utils/schedule';

/** A manager's overview: each direct report's cadence, next and last 1:1, and open action items; overdue ones first. */
export const TeamOneOnOnes = () => {
  const team = useReportsOneOnOnes();

  if (team.isPending) return <Spinner label="Loading your team’s 1:1s…" />;
  if (team.isError) return <LoadError title="Your team’s 1:1s could not be loaded" error={team.error} onRetry={() => void team.refetch()} />;
  if (team.data.length === 0) {
    return (
      <EmptyState
        icon={<UsersIcon />}
        title="No direct reports"
        description="When people report to you, you schedule and follow their 1:1s here."
      />
    );
  }

  const overdue = team.data.filter((row) => row.overdue).length;
  const unscheduled = team.data.filter((row) => !row.series).length;
  return (
    <>
      <p className="team-one-on-ones__summary" data-testid="team-one-on-ones-summary">
        {plural(team.data.length, 'direct report', 'direct reports')}
        {overdue > 0 ? <strong className="team-one-on-ones__overdue">, {overdue.toLocaleString()} overdue</strong> : null}
        {unscheduled > 0 ? `, ${unscheduled.toLocaleString()} without 1:1s` : null}.
      </p>
      <div className="table-wrapper">
        <table className="table team-one-on-ones">
          <caption className="visually-hidden">Your direct reports’ 1:1s</caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Cadence</th>
              <th scope="col">Next 1:1</th>
              <th scope="col">Last held</th>
              <th scope="col" className="table__number">
                Open action items
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.data.map((row) => (
              <ReportRow key={row.report.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};

const ReportRow = ({ row }: { row: ReportOneOnOnes }) => {
  const { report, series } = row;
  return (
    <tr className={row.overdue ? 'team-one-on-ones__row--overdue' : undefined} data-testid="report-one-on-ones">
      <th scope="row">
        <Link to={personPath(report.id)}>{report.name}</Link>
        <p className="table__note">{report.title}</p>
      </th>
      <td>{series ? cadenceLabel(series.cadence) : <span className="muted">Not scheduled</span>}</td>
      <td>
        {series ? (
          <Link to={oneOnOneMeetingPath(series.nextMeeting.id)}>
            <time dateTime={series.nextMeeting.startsAt}>{formatMeetingStart(series.nextMeeting.startsAt)}</time>
          </Link>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        {row.lastHeldAt ? (
          <time dateTime={row.lastHeldAt} title={formatDate(row.lastHeldAt)}>
            {row.daysSinceLastHeld === null || row.daysSinceLastHeld === undefined
              ? formatDate(row.lastHeldAt)
              : formatDaysAgo(row.daysSinceLastHeld)}
          </time>
        ) : (
          <span className="muted">Never</span>
        )}
        {row.overdue ? (
          <span className="overdue-badge" data-testid="overdue">
            Overdue
          </span>
        ) : null}
      </td>
      <td className="table__number">{series ? series.openActionItemCount.toLocaleString() : '—'}</td>
      <td>
        {series ? (
          <Link className="button button--secondary" to={oneOnOneSeriesPath(series.id)} aria-label={`Schedule of 1:1s with ${report.name}`}>
            Schedule
          </Link>
        ) : (
          <Link className="button" to={scheduleOneOnOnePath(report.id)} aria-label={`Schedule 1:1s with ${report.name}`}>
            Schedule 1:1s
          </Link>
        )}
      </td>
    </tr>
  );
};
