import { useId, useState, type FormEvent } from 'react';

import { CountedField } from '@/components/ui/counted-field';

import { useReplyToCheckIn } from '../api/reply-to-check-in';
import { maxReplyLength } from '../utils/limits';

/** The manager's reply to one check-in; the employee reads it on their check-in page. */
export const ReplyForm = ({ checkInId, name }: { checkInId: string; name: string }) => {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const reply = useReplyToCheckIn();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reply.isPending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write your reply first.');
      return;
    }
    if (trimmed.length > maxReplyLength) {
      setError(`Keep the reply to ${maxReplyLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`);
      return;
    }
    reply.mutate(
      { checkInId, text: trimmed },
      {
        onSuccess: () => {
          setText('');
          setSent(true);
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  return (
    <form className="form--fields check-in-reply-form" noValidate onSubmit={submit}>
      <CountedField
        id={`${id}-reply`}
        label={`Reply to ${name}`}
        rows={2}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
          setSent(false);
        }}
        max={maxReplyLength}
        error={error}
        readOnly={reply.isPending}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={reply.isPending}>
          {reply.isPending ? 'Sending…' : 'Send reply'}
        </button>
        <span className="visually-hidden" role="status">
          {sent ? 'Reply sent.' : ''}
        </span>
      </div>
    </form>
  );
};
