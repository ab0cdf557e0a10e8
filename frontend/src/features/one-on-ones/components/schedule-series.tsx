import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { oneOnOneSeriesPath, paths } from '@/config/paths';
import { errorCode } from '@/lib/graphql';

import { useMyTimeZone } from '../api/get-my-time-zone';
import { useReportsOneOnOnes, type ReportOneOnOnes } from '../api/get-reports-one-on-ones';
import { useScheduleOneOnOne } from '../api/schedule-one-on-one';
import { todayLocal } from '../utils/meeting-time';
import { isoWeekdayOf } from '../utils/schedule';

import { ScheduleForm } from './schedule-form';
import type { ScheduledState } from './series-settings';

const backToTeam = (
  <Link className="button" to={paths.teamOneOnOnes}>
    Team 1:1s
  </Link>
);

/** A manager starts a 1:1 series with one of their direct reports. */
export const ScheduleSeries = ({ reportId }: { reportId: string }) => {
  const team = useReportsOneOnOnes();
  const timeZone = useMyTimeZone();

  if (team.isPending || timeZone.isPending) return <Spinner label="Loading…" />;
  if (team.isError) return <LoadError title="Your direct reports could not be loaded" error={team.error} onRetry={() => void team.refetch()} />;

  const row = team.data.find((candidate) => candidate.report.id === reportId);
  if (!row) {
    return (
      <EmptyState
        icon={<UsersIcon />}
        title="Not one of your direct reports"
        description="You schedule 1:1s with the people who report to you directly."
        action={backToTeam}
      />
    );
  }
  if (row.series) {
    return (
      <Alert tone="info" title={`You already meet ${row.report.name} for 1:1s.`}>
        <p>Change the day, time or cadence in the series’ schedule.</p>
        <Link className="button button--secondary" to={oneOnOneSeriesPath(row.series.id)}>
          Open the schedule
        </Link>
      </Alert>
    );
  }
  return <NewSeriesForm report={row.report} timeZone={timeZone.data ?? Intl.DateTimeFormat().resolvedOptions().timeZone} />;
};

const NewSeriesForm = ({ report, timeZone }: { report: ReportOneOnOnes['report']; timeZone: string }) => {
  const schedule = useScheduleOneOnOne();
  const navigate = useNavigate();
  const today = todayLocal();
  const state: ScheduledState = { scheduled: true };
  return (
    <>
      <p className="muted schedule-series__intro">
        A recurring 1:1 with <strong>{report.name}</strong> ({report.title}). Only the two of you see its meetings, agenda and notes.
      </p>
      <ScheduleForm
        initial={{
          cadence: 'WEEKLY',
          weekday: String(isoWeekdayOf(today)),
          localTime: '10:00',
          timeZone,
          durationMinutes: '30',
          startsOn: today,
        }}
        submitLabel="Schedule 1:1s"
        pendingLabel="Scheduling…"
        pending={schedule.isPending}
        error={schedule.error}
        onEdit={() => schedule.reset()}
        onSave={(input) =>
          schedule.mutate({ reportId: report.id, input }, { onSuccess: (series) => void navigate(oneOnOneSeriesPath(series.id), { state }) })
        }
      />
      {errorCode(schedule.error) === 'ALREADY_SCHEDULED' ? <p className="page-section">{backToTeam}</p> : null}
    </>
  );
};
