import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';

import type { CheckInReply } from '../api/check-in-cache';

/** The manager's replies to a check-in, oldest first; written text stays text. */
export const CheckInReplies = ({ replies, now }: { replies: ReadonlyArray<CheckInReply>; now: Date }) => (
  <ol className="comment-list check-in-replies__list" aria-label="Replies">
    {replies.map((reply) => (
      <li key={reply.id}>
        <article className="comment" data-testid="check-in-reply">
          <Avatar name={reply.author.name} size="small" />
          <div className="comment__body">
            <p className="comment__meta">
              <Link to={personPath(reply.author.id)} className="comment__author">
                {reply.author.name}
              </Link>
              <RelativeTime iso={reply.createdAt} now={now} />
            </p>
            <p className="comment__text">{reply.text}</p>
          </div>
        </article>
      </li>
    ))}
  </ol>
);
