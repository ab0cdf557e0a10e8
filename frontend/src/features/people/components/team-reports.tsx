import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { EmptyState } from '@/components/ui/empty-state';
import { OrgChartIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { paths, personPath, teamPath } from '@/config/paths';
import { errorCode } from '@/lib/graphql';

import { useEmployee } from '../api/get-employee';
import { useReports, type DirectReport } from '../api/get-reports';
import { people } from '../utils/format';

import { LocalTime } from './local-time';

type TeamReportsProps = {
  managerId: string;
  /** The signed-in person: their own team is "My team", and the way up stops at them. */
  viewerId: string;
};

export const TeamReports = ({ managerId, viewerId }: TeamReportsProps) => {
  const reports = useReports(managerId);
  const manager = useEmployee(managerId);
  const own = managerId === viewerId;

  if (reports.isPending) return <Spinner label="Loading the team…" />;
  if (reports.isError) {
    if (errorCode(reports.error) === 'FORBIDDEN') {
      return (
        <Alert tone="info" title="You can see the teams in your own reporting line only">
          <p>
            Team pages show your own direct reports and the teams below them. You can still find anyone in the{' '}
            <Link to={paths.directory}>directory</Link>.
          </p>
        </Alert>
      );
    }
    return <LoadError title="The team could not be loaded" error={reports.error} onRetry={() => void reports.refetch()} />;
  }

  const managerProfile = manager.data;
  return (
    <section className="team" aria-labelledby="team-heading">
      <header className="team__header">
        <h2 id="team-heading" className="section-title">
          {own ? 'Your direct reports' : managerProfile ? `${managerProfile.name}’s direct reports` : 'Direct reports'}
        </h2>
        {/* Up one level, but not above the person looking: that is outside their line. */}
        {!own && managerProfile?.manager ? (
          <Link className="button button--ghost" to={managerProfile.manager.id === viewerId ? paths.myTeam : teamPath(managerProfile.manager.id)}>
            ↑ {managerProfile.manager.id === viewerId ? 'My team' : `${managerProfile.manager.name}’s team`}
          </Link>
        ) : null}
      </header>
      {reports.data.length === 0 ? (
        <EmptyState
          icon={<OrgChartIcon />}
          title={own ? 'You have no direct reports' : 'No direct reports'}
          description={
            own
              ? 'When people report to you, they appear here with their time zones and their own teams.'
              : 'No one reports to this person at the moment.'
          }
        />
      ) : (
        <>
          <p className="muted team__count">{people(reports.data.length)}</p>
          <ul className="report-list" aria-label="Direct reports">
            {reports.data.map((report) => (
              <li key={report.id}>
                <ReportRow report={report} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

const ReportRow = ({ report }: { report: DirectReport }) => (
  <article className="report" aria-labelledby={`report-${report.id}`}>
    <Avatar name={report.name} />
    <div className="report__who">
      <h3 id={`report-${report.id}`} className="report__name">
        <Link to={personPath(report.id)}>{report.name}</Link>
      </h3>
      <p className="report__title">{report.title}</p>
    </div>
    <p className="report__time">
      <span>{report.timeZone}</span>
      <span className="muted">
        <LocalTime timeZone={report.timeZone} />
      </span>
    </p>
    <p className="report__reports">
      {report.isManager ? (
        <Link to={teamPath(report.id)} aria-label={`${report.name}’s team: ${people(report.reportCount)}`}>
          {people(report.reportCount)} →
        </Link>
      ) : (
        <span className="muted">No reports</span>
      )}
    </p>
  </article>
);
