import { Link } from 'react-router';

import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';

import type { IdeaCard } from '../api/idea-cache';

import { StatusBadge } from './status-badge';

type IdeaMetaProps = {
  idea: Pick<IdeaCard, 'status' | 'category' | 'author' | 'teamName' | 'createdAt'>;
  now: Date;
};

/** Status, category, who (or "Anonymous") and when: the line under an idea's title. */
export const IdeaMeta = ({ idea, now }: IdeaMetaProps) => (
  <p className="idea-meta">
    <StatusBadge status={idea.status} />
    <span className="badge badge--muted" data-testid="idea-category">
      {idea.category}
    </span>
    <span className="idea-meta__author" data-testid="idea-author">
      {idea.author ? <Link to={personPath(idea.author.id)}>{idea.author.name}</Link> : 'Anonymous'}
      {idea.author && idea.teamName ? <span className="muted"> · {idea.teamName}</span> : null}
    </span>
    <RelativeTime iso={idea.createdAt} now={now} />
  </p>
);
