import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { CountedField } from '@/components/ui/counted-field';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';

import { useCommentOnIdea } from '../api/comment-on-idea';
import type { IdeaDetail } from '../api/idea-cache';
import { maxCommentLength } from '../utils/limits';

type IdeaCommentsProps = {
  idea: IdeaDetail;
  now: Date;
  /** Why no comment can be added here (the follow page), or nothing when one can. */
  readOnlyReason?: string;
};

export const IdeaComments = ({ idea, now, readOnlyReason }: IdeaCommentsProps) => {
  const headingId = useId();
  return (
    <section className="page-section idea-comments" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Comments ({idea.comments.length.toLocaleString()})
      </h2>
      {idea.comments.length > 0 ? (
        <ol className="comment-list idea-comments__list" aria-label="Comments">
          {idea.comments.map((comment) => (
            <li key={comment.id}>
              <article className="comment">
                <Avatar name={comment.author.name} size="small" />
                <div className="comment__body">
                  <p className="comment__meta">
                    <Link to={personPath(comment.author.id)} className="comment__author">
                      {comment.author.name}
                    </Link>
                    <RelativeTime iso={comment.createdAt} now={now} />
                  </p>
                  <p className="comment__text">{comment.text}</p>
                </div>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No comments yet.</p>
      )}
      {readOnlyReason ? <p className="field__hint idea-comments__read-only">{readOnlyReason}</p> : <CommentForm ideaId={idea.id} />}
    </section>
  );
};

const CommentForm = ({ ideaId }: { ideaId: string }) => {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [posted, setPosted] = useState(false);
  const comment = useCommentOnIdea();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.isPending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write something first.');
      return;
    }
    if (trimmed.length > maxCommentLength) {
      setError(`Keep the comment to ${maxCommentLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`);
      return;
    }
    comment.mutate(
      { ideaId, text: trimmed },
      {
        onSuccess: () => {
          setText('');
          setError(undefined);
          setPosted(true);
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  return (
    <form className="form--fields idea-comments__form" noValidate onSubmit={submit}>
      <CountedField
        id={`${id}-comment`}
        label="Add a comment"
        hint="Shown with your name."
        rows={3}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
          setPosted(false);
        }}
        max={maxCommentLength}
        error={error}
        readOnly={comment.isPending}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={comment.isPending}>
          {comment.isPending ? 'Posting…' : 'Post comment'}
        </button>
        <span className="visually-hidden" role="status">
          {posted ? 'Comment posted.' : ''}
        </span>
      </div>
    </form>
  );
};
