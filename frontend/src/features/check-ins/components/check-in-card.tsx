import { useId, type ReactNode } from 'react';

import { RelativeTime } from '@/components/ui/relative-time';

import type { CheckIn } from '../api/check-in-cache';

import { CheckInReplies } from './check-in-replies';
import { MoodBadge } from './mood-badge';

type CheckInCardProps = {
  checkIn: CheckIn;
  now: Date;
  /** The card's title: the week on my own page, the person in the manager's review. */
  title: ReactNode;
  /** Below the replies: the manager's reply form. */
  children?: ReactNode;
};

// Everything written is React text (never HTML), with its line breaks kept. A blocker stands out: it is what a
// manager most needs to act on.
export const CheckInCard = ({ checkIn, now, title, children }: CheckInCardProps) => {
  const headingId = useId();
  const blocked = checkIn.blockers.trim().length > 0;
  return (
    <article
      className={`card check-in-card${blocked ? ' check-in-card--blocked' : ''}`}
      aria-labelledby={headingId}
      data-testid="check-in-card"
    >
      <header className="check-in-card__header">
        <h3 id={headingId} className="check-in-card__title">
          {title}
        </h3>
        <MoodBadge mood={checkIn.mood} />
      </header>
      <dl className="check-in-card__answers">
        <div className="check-in-card__answer">
          <dt>Wins</dt>
          <dd data-testid="check-in-wins">{checkIn.wins.trim() || <span className="muted">None written</span>}</dd>
        </div>
        <div className={`check-in-card__answer${blocked ? ' check-in-card__answer--blocker' : ''}`} data-testid="check-in-blockers">
          <dt>{blocked ? 'Blocker' : 'Blockers'}</dt>
          <dd>{blocked ? checkIn.blockers : <span className="muted">Nothing in the way</span>}</dd>
        </div>
        <div className="check-in-card__answer">
          <dt>Priorities for next week</dt>
          <dd data-testid="check-in-priorities">{checkIn.priorities.trim() || <span className="muted">None written</span>}</dd>
        </div>
      </dl>
      <p className="check-in-card__submitted muted">
        Submitted <RelativeTime iso={checkIn.submittedAt} now={now} />
      </p>
      {checkIn.replies.length > 0 ? <CheckInReplies replies={checkIn.replies} now={now} /> : null}
      {children}
    </article>
  );
};
