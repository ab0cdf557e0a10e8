import { useId, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { CountedField } from '@/components/ui/counted-field';
import { EmptyState } from '@/components/ui/empty-state';
import { EyeOffIcon, UserIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { errorCode } from '@/lib/graphql';

import { useMyManager } from '../api/get-my-manager';
import { useSendUpwardFeedback } from '../api/send-upward-feedback';
import { maxTextLength } from '../utils/limits';

type UpwardFeedbackFormProps = {
  /** The batch size that releases notes, when known before sending (the receipt always says it). */
  threshold?: number;
};

/** An anonymous note to my own manager, with what anonymity here does and does not mean said before writing. */
export const UpwardFeedbackForm = ({ threshold }: UpwardFeedbackFormProps) => {
  const id = useId();
  const manager = useMyManager();
  const send = useSendUpwardFeedback();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  if (manager.isPending) return <Spinner label="Looking up your manager…" />;
  if (manager.isError) return <LoadError title="Your manager could not be looked up" error={manager.error} onRetry={() => void manager.refetch()} />;
  if (!manager.data) {
    return (
      <EmptyState
        icon={<UserIcon />}
        title="You have no manager in the directory"
        description="Upward feedback goes to your own manager. If the directory is wrong, ask an HR admin to correct it."
      />
    );
  }

  const name = manager.data.name;
  const receipt = send.data;

  if (receipt) {
    return (
      <div className="card upward-receipt" data-testid="upward-receipt">
        <Alert tone="success" title="Your note is on its way">
          <p data-testid="upward-receipt-message">{receipt.message}</p>
        </Alert>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            send.reset();
            setText('');
          }}
        >
          Write another note
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write your note first.');
      return;
    }
    if (trimmed.length > maxTextLength) {
      setError(`Keep it to ${maxTextLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`);
      return;
    }
    send.mutate(trimmed, {
      onSuccess: () => setText(''),
      onError: (failure) => {
        if (errorCode(failure) === 'TEXT_INVALID') setError(failure.message);
      },
    });
  };

  return (
    <form className="card form form--fields upward-form" noValidate onSubmit={submit} aria-busy={send.isPending}>
      <div className="anonymous-choice anonymous-choice--on upward-form__promise">
        <p className="checkbox anonymous-choice__label">
          <EyeOffIcon />
          <span>Anonymous, to {name}</span>
        </p>
        <ul className="anonymous-choice__details" data-testid="upward-explanation">
          <li>
            Your name is not stored with the note, and neither is when you wrote it. Until it is released the note is kept
            sealed, so not even someone who can read the database can tell it is yours. You cannot see, change or withdraw it
            later, because nothing links it to you.
          </li>
          <li>
            {name} sees notes only once notes from at least {threshold ? <strong>{threshold}</strong> : 'a few'} different people are
            waiting: then they are all shown together, in random order and with no dates. Several notes from one person count
            once, so a colleague cannot send extra notes to have yours shown.
          </li>
          <li>
            Your words can still give you away. Leave out details only you would know: your project, your role, the date of a
            conversation. Write about what happened and what would help.
          </li>
        </ul>
      </div>
      <fieldset className="form__body feedback-form__fields" disabled={send.isPending}>
        <CountedField
          id={`${id}-text`}
          label={`Your note to ${name}`}
          hint="What should they keep doing, start, or stop?"
          rows={6}
          value={text}
          onChange={(value) => {
            setText(value);
            setError(undefined);
            if (send.isError) send.reset();
          }}
          max={maxTextLength}
          error={error}
          required
        />
      </fieldset>
      {send.isError && errorCode(send.error) !== 'TEXT_INVALID' ? (
        <Alert tone="error" title="Your note was not sent">
          <p>{send.error.message}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send anonymously'}
        </button>
      </div>
    </form>
  );
};
