import { Link, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ClipboardIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { personPath } from '@/config/paths';
import { useNow } from '@/hooks/use-now';
import { formatCalendarDate, plural } from '@/lib/format';

import type { CheckIn } from '../api/check-in-cache';
import { useTeamCheckIns, type TeamCheckIns as Team } from '../api/get-team-check-ins';
import { averageMood } from '../utils/mood';
import { addDays, isCalendarDate } from '../utils/week';

import { CheckInCard } from './check-in-card';
import { MoodFace } from './mood-face';
import { ReplyForm } from './reply-form';

// The people with a blocker first: they are the ones waiting on their manager.
const blockedFirst = (checkIns: ReadonlyArray<CheckIn>) =>
  [...checkIns].sort(
    (a, b) => Number(b.blockers.trim().length > 0) - Number(a.blockers.trim().length > 0) || a.employee.name.localeCompare(b.employee.name),
  );

/** A manager's review of their direct reports' check-ins, one company week at a time (?week= in the URL). */
export const TeamCheckIns = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('week');
  const week = isCalendarDate(asked) ? asked : null;
  // This week as the server counts it (the company's week and time zone): the page never goes past it.
  const thisWeek = useTeamCheckIns(null).data?.week;
  const team = useTeamCheckIns(week);
  const now = useNow();

  const shown = team.data?.week;
  const go = (target: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (target === thisWeek) next.delete('week');
        else next.set('week', target);
        return next;
      },
      { preventScrollReset: true },
    );

  return (
    <>
      <nav className="week-picker" aria-label="Week">
        <button type="button" className="button button--secondary" disabled={!shown} onClick={() => shown && go(addDays(shown, -7))}>
          ← Previous week
        </button>
        <p className="week-picker__label" aria-live="polite" data-testid="week-label">
          {shown ? (
            <>
              Week of {formatCalendarDate(shown, 'medium')}
              {shown === thisWeek ? <span className="badge week-picker__now">This week</span> : null}
            </>
          ) : (
            'Loading…'
          )}
        </p>
        <button
          type="button"
          className="button button--secondary"
          disabled={!shown || !thisWeek || shown >= thisWeek}
          onClick={() => shown && go(addDays(shown, 7))}
        >
          Next week →
        </button>
      </nav>
      {team.isPending ? (
        <Spinner label="Loading your team’s check-ins…" />
      ) : team.isError ? (
        <LoadError title="Your team’s check-ins could not be loaded" error={team.error} onRetry={() => void team.refetch()} />
      ) : (
        <div aria-busy={team.isPlaceholderData} className={team.isPlaceholderData ? 'is-refreshing' : undefined}>
          <WeekReview team={team.data} current={team.data.week === thisWeek} now={now} />
        </div>
      )}
    </>
  );
};

const WeekReview = ({ team, current, now }: { team: Team; current: boolean; now: Date }) => {
  if (team.checkIns.length === 0 && team.missing.length === 0) {
    return (
      <EmptyState
        icon={<ClipboardIcon />}
        title="No direct reports"
        description="When people report to you, their weekly check-ins show here for you to read and answer."
      />
    );
  }
  const average = averageMood(team.checkIns.map((checkIn) => checkIn.mood));
  const blocked = team.checkIns.filter((checkIn) => checkIn.blockers.trim()).length;
  return (
    <>
      <dl className="check-in-summary" data-testid="check-in-summary">
        <div className="check-in-summary__item">
          <dt>Average mood</dt>
          <dd data-testid="average-mood">
            {average === null ? (
              <span className="muted">No check-ins</span>
            ) : (
              <>
                <MoodFace mood={Math.round(average)} size={22} />{' '}
                {average.toLocaleString()} <span className="muted">/ 5</span>
              </>
            )}
          </dd>
        </div>
        <div className="check-in-summary__item">
          <dt>Checked in</dt>
          <dd>
            {team.checkIns.length.toLocaleString()} <span className="muted">of {(team.checkIns.length + team.missing.length).toLocaleString()}</span>
          </dd>
        </div>
        <div className={`check-in-summary__item${blocked ? ' check-in-summary__item--alert' : ''}`}>
          <dt>With a blocker</dt>
          <dd>{blocked.toLocaleString()}</dd>
        </div>
      </dl>

      {team.checkIns.length > 0 ? (
        <ul className="check-in-list" aria-label="Check-ins">
          {blockedFirst(team.checkIns).map((checkIn) => (
            <li key={checkIn.id}>
              <CheckInCard
                checkIn={checkIn}
                now={now}
                title={<Link to={personPath(checkIn.employee.id)}>{checkIn.employee.name}</Link>}
              >
                <ReplyForm checkInId={checkIn.id} name={checkIn.employee.name} />
              </CheckInCard>
            </li>
          ))}
        </ul>
      ) : null}

      {team.missing.length > 0 ? (
        <section className="page-section check-in-missing" aria-labelledby="missing-heading" data-testid="check-in-missing">
          <h2 id="missing-heading" className="section-title">
            {current ? 'Not checked in yet' : 'Did not check in'} ({plural(team.missing.length, 'person', 'people')})
          </h2>
          <ul className="check-in-missing__list">
            {team.missing.map((person) => (
              <li key={person.id}>
                <Link to={personPath(person.id)}>{person.name}</Link>
                <span className="muted"> · {person.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted page-section">Everyone checked in{current ? ' this week' : ''}.</p>
      )}
    </>
  );
};
