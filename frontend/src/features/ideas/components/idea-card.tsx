import { useId } from 'react';
import { Link } from 'react-router';

import { MessageIcon } from '@/components/ui/icons';
import { ideaPath } from '@/config/paths';
import { plural } from '@/lib/format';

import type { IdeaCard as Idea } from '../api/idea-cache';

import { AnswerHint } from './answer-hint';
import { EscalationNotice } from './escalation-notice';
import { IdeaMeta } from './idea-meta';
import { VoteButton } from './vote-button';

type IdeaCardProps = { idea: Idea; now: Date };

// Everything people wrote (titles, texts, names) is React text, never HTML.
export const IdeaCard = ({ idea, now }: IdeaCardProps) => {
  const headingId = useId();
  return (
    <article className="card idea-card" aria-labelledby={headingId} data-testid="idea-card" data-idea-id={idea.id}>
      <VoteButton idea={idea} />
      <div className="idea-card__body">
        <h3 id={headingId} className="idea-card__title">
          <Link to={ideaPath(idea.id)}>{idea.title}</Link>
        </h3>
        <IdeaMeta idea={idea} now={now} />
        <p className="idea-card__excerpt">{idea.problem}</p>
        <footer className="idea-card__footer">
          <span className="idea-card__comments">
            <MessageIcon width={16} height={16} />
            {plural(idea.commentCount, 'comment', 'comments')}
          </span>
          <AnswerHint idea={idea} now={now} />
          {idea.mergedIntoId ? (
            <span>
              Merged into <Link to={ideaPath(idea.mergedIntoId)}>{idea.mergedIntoTitle ?? 'another idea'}</Link>
            </span>
          ) : null}
        </footer>
        {idea.status === 'NEW' ? <EscalationNotice level={idea.escalationLevel} ownerless={!idea.owner} /> : null}
      </div>
    </article>
  );
};
