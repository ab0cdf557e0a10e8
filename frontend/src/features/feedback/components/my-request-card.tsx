import { useId } from 'react';
import { Link } from 'react-router';

import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import type { FeedbackRequestStatus } from '@/lib/gql/graphql';

import type { MyFeedbackRequest } from '../api/get-feedback-inbox';

import { FeedbackNoteCard } from './feedback-note-card';

const statusLabels: Record<FeedbackRequestStatus, string> = {
  PENDING: 'Waiting',
  ANSWERED: 'Answered',
  DECLINED: 'Declined',
};

type MyRequestCardProps = { request: MyFeedbackRequest; viewerId: string; now: Date };

/** A request I made, or one about me: who has answered, declined or not yet, and the answers so far. */
export const MyRequestCard = ({ request, viewerId, now }: MyRequestCardProps) => {
  const headingId = useId();
  const waiting = request.respondents.filter((respondent) => respondent.status === 'PENDING').length;
  return (
    <article className="card feedback-request" aria-labelledby={headingId} data-testid="my-request">
      <header>
        <h3 id={headingId} className="feedback-request__question">
          {request.question}
        </h3>
        <p className="feedback-request__meta">
          {request.requester.id !== viewerId ? (
            <>
              <Link to={personPath(request.requester.id)}>{request.requester.name}</Link> asked about you
            </>
          ) : request.subject.id === viewerId ? (
            'You asked about yourself'
          ) : (
            <>
              You asked about <Link to={personPath(request.subject.id)}>{request.subject.name}</Link>
            </>
          )}{' '}
          <RelativeTime iso={request.createdAt} now={now} />
          {waiting > 0 ? ` · answers due ${formatDateTime(request.dueAt)}, then a daily reminder` : null}
        </p>
      </header>
      <ul className="respondent-list" aria-label="Asked">
        {request.respondents.map(({ employee, status }) => (
          <li key={employee.id} className={`respondent respondent--${status.toLowerCase()}`} data-testid="respondent">
            <Link to={personPath(employee.id)}>{employee.name}</Link>
            <span className="respondent__status">{statusLabels[status]}</span>
          </li>
        ))}
      </ul>
      {request.answers.length > 0 ? (
        <section aria-label="Answers" className="feedback-request__answers">
          {request.answers.map((answer) => (
            <FeedbackNoteCard key={answer.id} note={answer} perspective="received" now={now} />
          ))}
        </section>
      ) : (
        <p className="muted">No answers yet.</p>
      )}
    </article>
  );
};
