import { useId } from 'react';
import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';

import type { FeedbackNote } from '../api/feedback-cache';

type FeedbackNoteCardProps = {
  note: FeedbackNote;
  /** Whose side the reader is on: the card names the other person. */
  perspective: 'received' | 'given' | 'about';
  now: Date;
};

// The text is React text, never HTML: "<b>great</b>" shows exactly those characters.
export const FeedbackNoteCard = ({ note, perspective, now }: FeedbackNoteCardProps) => {
  const headingId = useId();
  const shared = note.visibility === 'SHARED_WITH_MANAGER';
  const other = perspective === 'given' ? note.recipient : note.author;
  return (
    <article className="feedback-note" aria-labelledby={headingId} data-testid="feedback-note">
      <Avatar name={other.name} size="small" />
      <div className="feedback-note__body">
        <header className="feedback-note__header">
          <h3 id={headingId} className="feedback-note__who">
            {perspective === 'given' ? (
              <>
                To <Link to={personPath(note.recipient.id)}>{note.recipient.name}</Link>
              </>
            ) : perspective === 'received' ? (
              <>
                From <Link to={personPath(note.author.id)}>{note.author.name}</Link>
              </>
            ) : (
              <>
                <Link to={personPath(note.author.id)}>{note.author.name}</Link>
                <span className="visually-hidden"> to </span>
                <span aria-hidden="true"> → </span>
                <Link to={personPath(note.recipient.id)}>{note.recipient.name}</Link>
              </>
            )}
          </h3>
          <RelativeTime iso={note.createdAt} now={now} />
        </header>
        <p className="feedback-note__text" data-testid="feedback-text">
          {note.text}
        </p>
        <p className="feedback-note__tags">
          {shared ? (
            <span className="badge" data-testid="feedback-shared">
              {perspective === 'received' ? 'Shared with your manager' : perspective === 'given' ? 'Shared with their manager' : 'Shared with the manager'}
            </span>
          ) : (
            <span className="badge badge--muted">Private</span>
          )}
          {note.requestId ? <span className="badge badge--muted">Answer to a request</span> : null}
        </p>
      </div>
    </article>
  );
};
