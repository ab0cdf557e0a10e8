import { useId } from 'react';
import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';

import type { IdeaDetail } from '../api/idea-cache';
import { answerState, dueText } from '../utils/answer-time';

import { StatusBadge } from './status-badge';

type IdeaTimelineProps = { idea: IdeaDetail; now: Date };

/** Submitted, then every answer: who moved the idea, from which status to which, when, and what they wrote. */
export const IdeaTimeline = ({ idea, now }: IdeaTimelineProps) => {
  const headingId = useId();
  const state = answerState(idea, now);
  return (
    <section className="page-section idea-timeline" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Answers
      </h2>
      <ol className="timeline" aria-label="Status timeline">
        <li className="timeline__entry timeline__entry--submitted">
          <span className="timeline__dot" aria-hidden="true" />
          <p className="timeline__meta">
            Submitted {idea.author ? <>by <Link to={personPath(idea.author.id)}>{idea.author.name}</Link></> : 'anonymously'}{' '}
            <RelativeTime iso={idea.createdAt} now={now} />
          </p>
        </li>
        {idea.responses.map((response) => (
          <li key={response.id} className="timeline__entry" data-testid="idea-response">
            <span className="timeline__dot" aria-hidden="true" />
            <div className="timeline__body">
              <p className="timeline__meta">
                <Avatar name={response.responder.name} size="small" />
                <Link to={personPath(response.responder.id)} className="timeline__who">
                  {response.responder.name}
                </Link>
                <span>
                  moved it from <StatusBadge status={response.fromStatus} /> to <StatusBadge status={response.toStatus} />
                </span>
                <RelativeTime iso={response.createdAt} now={now} />
              </p>
              <p className="timeline__text" data-testid="idea-response-text">
                {response.response}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {state.kind === 'waiting' ? (
        <p className={`timeline__waiting${state.dueInHours < 0 ? ' timeline__waiting--overdue' : ''}`}>
          No answer yet: {dueText(state.dueInHours)}
          {idea.owner ? `, from ${idea.owner.name}` : ', from HR'}.
        </p>
      ) : null}
    </section>
  );
};
