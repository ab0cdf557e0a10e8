import { EmptyState } from '@/components/ui/empty-state';
import { ClipboardIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/hooks/use-now';
import { formatCalendarDate, formatWeek } from '@/lib/format';

import { useMyCheckIn } from '../api/get-my-check-in';
import { useMyCheckIns } from '../api/get-my-check-ins';

import { CheckInCard } from './check-in-card';
import { CheckInForm } from './check-in-form';
import { CheckInReplies } from './check-in-replies';
import { MoodTrend } from './mood-trend';

/** The employee's check-in page: this week's (written or changed here, with the manager's replies) and past weeks. */
export const MyCheckIn = () => {
  const current = useMyCheckIn();
  const now = useNow();
  const thisWeek = current.data;

  return (
    <>
      <section className="page-section check-in-this-week" aria-labelledby="this-week-heading">
        <h2 id="this-week-heading" className="section-title">
          This week{thisWeek ? <span className="muted"> · {formatWeek(thisWeek.week)}</span> : null}
        </h2>
        {current.isPending ? (
          <Spinner label="Loading your check-in…" />
        ) : current.isError ? (
          <LoadError title="Your check-in could not be loaded" error={current.error} onRetry={() => void current.refetch()} />
        ) : (
          <>
            <p className="muted check-in-this-week__note">
              {thisWeek
                ? 'Your manager can read it and reply. You can change it until the week ends.'
                : 'A few lines for your manager: how the week went, what is in your way, what comes next. Your manager reads it and can reply.'}
            </p>
            <CheckInForm checkIn={thisWeek ?? null} />
            {thisWeek ? (
              <section className="check-in-replies" aria-labelledby="replies-heading">
                <h3 id="replies-heading" className="section-title">
                  Replies from your manager
                </h3>
                {thisWeek.replies.length === 0 ? (
                  <p className="muted">No reply yet.</p>
                ) : (
                  <CheckInReplies replies={thisWeek.replies} now={now} />
                )}
              </section>
            ) : null}
          </>
        )}
      </section>
      <CheckInHistory currentId={thisWeek?.id} now={now} />
    </>
  );
};

const CheckInHistory = ({ currentId, now }: { currentId?: string; now: Date }) => {
  const history = useMyCheckIns();
  return (
    <section className="page-section" aria-labelledby="history-heading">
      <h2 id="history-heading" className="section-title">
        Past weeks
      </h2>
      {history.isPending ? (
        <Spinner label="Loading your past check-ins…" />
      ) : history.isError ? (
        <LoadError title="Your past check-ins could not be loaded" error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <EmptyState
          icon={<ClipboardIcon />}
          title="No check-ins yet"
          description="Once you have checked in for a few weeks, your mood trend and past check-ins show here."
        />
      ) : (
        <>
          <MoodTrend points={[...history.data].reverse().map(({ week, mood }) => ({ week, mood }))} />
          {history.data.filter((checkIn) => checkIn.id !== currentId).length === 0 ? (
            <p className="muted">This week is your first check-in.</p>
          ) : (
            <ul className="check-in-list" aria-label="Past check-ins">
              {history.data
                .filter((checkIn) => checkIn.id !== currentId)
                .map((checkIn) => (
                  <li key={checkIn.id}>
                    <CheckInCard checkIn={checkIn} now={now} title={`Week of ${formatCalendarDate(checkIn.week, 'medium')}`} />
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
};
