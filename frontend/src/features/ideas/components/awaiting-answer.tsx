import { useId } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { CheckIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { RelativeTime } from '@/components/ui/relative-time';
import { Spinner } from '@/components/ui/spinner';
import { ideaPath } from '@/config/paths';
import { useNow } from '@/hooks/use-now';
import { formatDateTime, plural } from '@/lib/format';

import { useIdeasAwaitingMyAnswer } from '../api/get-ideas-awaiting-my-answer';
import type { IdeaCard } from '../api/idea-cache';
import { formatHours } from '../utils/answer-time';

import { EscalationNotice } from './escalation-notice';

const hourMs = 3_600_000;

/** The ideas waiting for the signed-in person's first answer, the most overdue first, counting down each minute. */
export const AwaitingAnswer = () => {
  const queue = useIdeasAwaitingMyAnswer({ poll: true });
  const now = useNow();

  if (queue.isPending) return <Spinner label="Loading the ideas waiting for you…" />;
  if (!queue.data) {
    return <LoadError title="The ideas waiting for you could not be loaded" error={queue.error} onRetry={() => void queue.refetch()} />;
  }
  if (queue.data.length === 0) {
    return (
      <EmptyState
        icon={<CheckIcon />}
        title="Nothing waits for your answer"
        description="When someone in your team submits an idea (or HR receives an anonymous one), it waits here until you answer it."
      />
    );
  }

  const ideas = [...queue.data].sort((a, b) => a.answerDueAt.localeCompare(b.answerDueAt));
  const overdue = ideas.filter((idea) => new Date(idea.answerDueAt) <= now).length;

  return (
    <section className="awaiting" aria-label="Ideas waiting for your answer">
      <p className="awaiting__summary" data-testid="awaiting-summary">
        {plural(ideas.length, 'idea waits', 'ideas wait')} for your first answer
        {overdue > 0 ? <strong className="awaiting__overdue">, {overdue.toLocaleString()} overdue</strong> : null}.
      </p>
      <ol className="awaiting__list">
        {ideas.map((idea) => (
          <li key={idea.id}>
            <AwaitingIdea idea={idea} now={now} />
          </li>
        ))}
      </ol>
    </section>
  );
};

const AwaitingIdea = ({ idea, now }: { idea: IdeaCard; now: Date }) => {
  const headingId = useId();
  const dueInHours = (new Date(idea.answerDueAt).getTime() - now.getTime()) / hourMs;
  const late = dueInHours < 0;
  return (
    <article className={`card awaiting-idea${late ? ' awaiting-idea--overdue' : ''}`} aria-labelledby={headingId} data-testid="awaiting-idea">
      <div className="awaiting-idea__body">
        <h3 id={headingId} className="awaiting-idea__title">
          <Link to={ideaPath(idea.id)}>{idea.title}</Link>
        </h3>
        <p className="awaiting-idea__meta">
          <span className="badge badge--muted">{idea.category}</span>
          <span>{idea.author ? idea.author.name : 'Anonymous'}</span>
          <span>
            submitted <RelativeTime iso={idea.createdAt} now={now} />
          </span>
          <span>{plural(idea.voteCount, 'vote', 'votes')}</span>
        </p>
        <EscalationNotice level={idea.escalationLevel} ownerless={!idea.owner} />
      </div>
      <p className={`countdown${late ? ' countdown--overdue' : ''}`} data-testid="answer-countdown">
        <strong className="countdown__value">
          {late ? `Overdue by ${formatHours(dueInHours)}` : `Due in ${formatHours(dueInHours)}`}
        </strong>
        <time className="countdown__at" dateTime={idea.answerDueAt}>
          {late ? 'was due' : 'due'} {formatDateTime(idea.answerDueAt)}
        </time>
      </p>
      <Link className="button awaiting-idea__answer" to={`${ideaPath(idea.id)}#answer`} aria-label={`Answer “${idea.title}”`}>
        Answer
      </Link>
    </article>
  );
};
