import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { oneOnOneMeetingPath, oneOnOneSeriesPath, paths } from '@/config/paths';

import { useMyOneOnOnes } from '../api/get-my-one-on-ones';
import type { Series } from '../api/one-on-one-cache';
import { formatMeetingStart } from '../utils/meeting-time';
import { otherPerson } from '../utils/other-person';
import { describeSchedule } from '../utils/schedule';

import { MeetingList } from './meeting-list';

const byStart = <T extends { startsAt: string }>(meetings: ReadonlyArray<T>, direction: 1 | -1) =>
  [...meetings].sort((a, b) => direction * a.startsAt.localeCompare(b.startsAt));

/** The viewer's 1:1s: what comes up (soonest first), what was held or skipped, and the series behind them. */
export const MyOneOnOnes = ({ isManager }: { isManager: boolean }) => {
  const mine = useMyOneOnOnes();

  if (mine.isPending) return <Spinner label="Loading your 1:1s…" />;
  if (mine.isError) return <LoadError title="Your 1:1s could not be loaded" error={mine.error} onRetry={() => void mine.refetch()} />;

  const { series, upcoming, past } = mine.data;
  if (series.length === 0) {
    return (
      <EmptyState
        icon={<UsersIcon />}
        title="No 1:1s yet"
        description={
          isManager
            ? 'Schedule a recurring 1:1 with each of your direct reports: you prepare a shared agenda together and keep track of what you agreed.'
            : 'When your manager schedules a recurring 1:1 with you, your meetings, their shared agenda and your action items show here.'
        }
        action={
          isManager ? (
            <Link className="button" to={paths.teamOneOnOnes}>
              Schedule 1:1s for your team
            </Link>
          ) : null
        }
      />
    );
  }

  return (
    <>
      <section className="page-section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="section-title">
          Upcoming
        </h2>
        {upcoming.length > 0 ? (
          <MeetingList label="Upcoming 1:1s" meetings={byStart(upcoming, 1)} />
        ) : (
          <p className="muted">No 1:1 in the next weeks.</p>
        )}
      </section>
      <section className="page-section" aria-labelledby="past-heading">
        <h2 id="past-heading" className="section-title">
          Past
        </h2>
        {past.length > 0 ? (
          <MeetingList label="Past 1:1s" meetings={byStart(past, -1)} showScheduled />
        ) : (
          <p className="muted">No 1:1 has been held yet.</p>
        )}
      </section>
      <section className="page-section" aria-labelledby="series-heading">
        <h2 id="series-heading" className="section-title">
          My series
        </h2>
        <ul className="series-list" aria-label="My 1:1 series">
          {series.map((one) => (
            <li key={one.id}>
              <SeriesCard series={one} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
};

const SeriesCard = ({ series }: { series: Series }) => {
  const other = otherPerson(series);
  return (
    <article className="card series-card" aria-label={`1:1s with ${other.name}`} data-testid="series-card">
      <div className="series-card__body">
        <h3 className="series-card__title">
          {other.name}
          <span className="muted"> · {series.viewerIsManager ? 'your report' : 'your manager'}</span>
        </h3>
        <p className="muted">
          {describeSchedule(series)} ({series.timeZone}), {series.durationMinutes.toLocaleString()} minutes
        </p>
        <p>
          Next:{' '}
          <Link to={oneOnOneMeetingPath(series.nextMeeting.id)}>
            <time dateTime={series.nextMeeting.startsAt}>{formatMeetingStart(series.nextMeeting.startsAt)}</time>
          </Link>
        </p>
      </div>
      {series.viewerIsManager ? (
        <Link className="button button--secondary" to={oneOnOneSeriesPath(series.id)} aria-label={`Schedule of your 1:1s with ${other.name}`}>
          Schedule
        </Link>
      ) : null}
    </article>
  );
};
