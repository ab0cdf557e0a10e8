import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';

import { useCommentOnKudos } from '../api/comment-on-kudos';
import { useKudos } from '../api/get-kudos';
import type { Kudos, KudosComment } from '../api/kudos-cache';

const maxCommentLength = 1000;

type KudosCommentsProps = { kudos: Kudos; now: Date };

/** The newest comments the feed carries; all of them (read from kudos(id)) on request; a form to add one. */
export const KudosComments = ({ kudos, now }: KudosCommentsProps) => {
  const [showAll, setShowAll] = useState(false);
  const [writing, setWriting] = useState(false);
  const formId = useId();
  const detail = useKudos(kudos.id, showAll);
  const comments = showAll && detail.data ? detail.data.comments : kudos.comments;
  const hidden = kudos.commentCount - comments.length;

  return (
    <section className="kudos-comments" aria-label={`Comments on the kudos from ${kudos.giver.name}`}>
      {hidden > 0 && !showAll ? (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          View all {kudos.commentCount.toLocaleString()} comments
        </button>
      ) : null}
      {showAll && detail.isPending ? <p className="muted kudos-comments__status">Loading the comments…</p> : null}
      {showAll && detail.isError ? (
        <p className="field__error kudos-comments__status" role="alert">
          The comments could not be loaded: {detail.error.message}{' '}
          <button type="button" className="link-button" onClick={() => void detail.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      {comments.length > 0 ? (
        <ol className="comment-list" aria-label="Comments">
          {comments.map((comment) => (
            <li key={comment.id}>
              <CommentEntry comment={comment} now={now} />
            </li>
          ))}
        </ol>
      ) : null}
      {showAll && detail.data && kudos.commentCount > 3 ? (
        <button type="button" className="link-button" onClick={() => setShowAll(false)}>
          Show only the newest comments
        </button>
      ) : null}
      {writing ? (
        <CommentForm id={formId} kudosId={kudos.id} onDone={() => setWriting(false)} />
      ) : (
        <button type="button" className="link-button" onClick={() => setWriting(true)}>
          {kudos.commentCount > 0 ? 'Add a comment' : 'Be the first to comment'}
        </button>
      )}
    </section>
  );
};

const CommentEntry = ({ comment, now }: { comment: KudosComment; now: Date }) => (
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
);

type CommentFormProps = {
  id: string;
  kudosId: string;
  /** Escape, or an empty box left behind: the form folds away again. */
  onDone: () => void;
};

const CommentForm = ({ id, kudosId, onDone }: CommentFormProps) => {
  const inputId = `${id}-input`;
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const comment = useCommentOnKudos();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write something first.');
      return;
    }
    if (trimmed.length > maxCommentLength) {
      setError(`Keep the comment to ${maxCommentLength} characters (${trimmed.length} now).`);
      return;
    }
    comment.mutate(
      { kudosId, text: trimmed },
      {
        onSuccess: () => {
          setText('');
          setError(undefined);
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  return (
    <form id={id} className="comment-form" noValidate onSubmit={submit}>
      <label className="visually-hidden" htmlFor={inputId}>
        Your comment
      </label>
      <input
        id={inputId}
        // Opened by "Add a comment": the person is about to type.
        // oxlint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        className="input comment-form__input"
        type="text"
        placeholder="Add a comment…"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        // Read-only rather than disabled while sending: a disabled box would drop the keyboard focus.
        readOnly={comment.isPending}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !comment.isPending) onDone();
        }}
        onBlur={(event) => {
          if (!text.trim() && !comment.isPending && !event.currentTarget.form?.contains(event.relatedTarget)) onDone();
        }}
      />
      <button type="submit" className="button button--secondary comment-form__button" disabled={comment.isPending || !text.trim()}>
        {comment.isPending ? 'Posting…' : 'Post'}
      </button>
      {error ? (
        <p id={`${inputId}-error`} className="field__error comment-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
};
