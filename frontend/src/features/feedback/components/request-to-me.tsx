import { useId, useState } from 'react';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

import { useDeclineFeedbackRequest } from '../api/decline-feedback-request';
import type { FeedbackRequest } from '../api/feedback-cache';

import { GiveFeedbackForm } from './give-feedback-form';

type RequestToMeProps = {
  request: FeedbackRequest;
  viewerId: string;
  now: Date;
  /** Answered or declined: the inbox says so, since this card leaves the list. */
  onDone: (message: string) => void;
};

/** A request waiting for my answer: answer it here (the feedback form, about the request's subject) or decline it. */
export const RequestToMe = ({ request, viewerId, now, onDone }: RequestToMeProps) => {
  const headingId = useId();
  const [answering, setAnswering] = useState(false);
  const decline = useDeclineFeedbackRequest();
  const aboutSomeoneElse = request.subject.id !== request.requester.id;
  const overdue = new Date(request.dueAt) < now;

  return (
    <article className="card feedback-request" aria-labelledby={headingId} data-testid="request-to-me">
      <header className="feedback-request__header">
        <Avatar name={request.requester.name} />
        <div>
          <h3 id={headingId} className="feedback-request__who">
            <Link to={personPath(request.requester.id)}>{request.requester.name}</Link> asks for your feedback
            {aboutSomeoneElse ? (
              <>
                {' '}
                about <Link to={personPath(request.subject.id)}>{request.subject.name}</Link>
              </>
            ) : null}
          </h3>
          <p className="feedback-request__meta">
            Asked <RelativeTime iso={request.createdAt} now={now} />
            {' · '}
            <span className={overdue ? 'feedback-request__due--overdue' : undefined}>
              {overdue ? 'was due' : 'due'} {formatDateTime(request.dueAt)}
            </span>
          </p>
        </div>
      </header>
      {answering ? (
        <GiveFeedbackForm
          viewerId={viewerId}
          request={request}
          submitLabel="Send answer"
          onGiven={() => onDone(`Your answer to ${request.requester.name} was sent.`)}
          onCancel={() => setAnswering(false)}
        />
      ) : (
        <>
          <blockquote className="feedback-question__text" data-testid="request-question">
            {request.question}
          </blockquote>
          {decline.isError ? (
            <Alert tone="error" title="The request could not be declined">
              <p>{decline.error.message}</p>
            </Alert>
          ) : null}
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setAnswering(true)} disabled={decline.isPending}>
              Answer
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={decline.isPending}
              onClick={() =>
                decline.mutate(request.id, {
                  onSuccess: () => onDone(`You declined ${request.requester.name}’s request. They see that you did, not why.`),
                })
              }
            >
              {decline.isPending ? 'Declining…' : 'Decline'}
            </button>
          </div>
        </>
      )}
    </article>
  );
};
