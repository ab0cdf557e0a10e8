import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { CountedField } from '@/components/ui/counted-field';
import type { FeedbackVisibility } from '@/lib/gql/graphql';
import { errorCode } from '@/lib/graphql';

import type { FeedbackNote, FeedbackRequest } from '../api/feedback-cache';
import { useGiveFeedback } from '../api/give-feedback';
import type { Colleague } from '../api/search-colleagues';
import { maxTextLength } from '../utils/limits';

import { ColleaguePicker } from './colleague-picker';
import { VisibilityChoice } from './visibility-choice';

type Field = 'recipient' | 'text';
type FieldErrors = Partial<Record<Field, string>>;

// Where each refusal of giveFeedback belongs on the form; any other error is shown above the button.
const fieldOfCode: Record<string, Field> = {
  SELF_FEEDBACK: 'recipient',
  RECIPIENT_UNKNOWN: 'recipient',
  TEXT_INVALID: 'text',
};

type GiveFeedbackFormProps = {
  /** The signed-in person, who is never offered as the recipient. */
  viewerId: string;
  /** Chosen before the form opens (a profile's "Give feedback"): shown, not offered for change. */
  recipient?: Colleague;
  /** Answering this request: the feedback is about its subject, and the question is shown above the text. */
  request?: FeedbackRequest;
  /** Called once the feedback is given; without it the form clears itself and says so. */
  onGiven?: (note: FeedbackNote) => void;
  onCancel?: () => void;
  submitLabel?: string;
};

export const GiveFeedbackForm = ({ viewerId, recipient: fixedRecipient, request, onGiven, onCancel, submitLabel }: GiveFeedbackFormProps) => {
  const id = useId();
  const locked = request?.subject ?? fixedRecipient ?? null;
  const [recipient, setRecipient] = useState<Colleague | null>(locked);
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<FeedbackVisibility>('PRIVATE');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [given, setGiven] = useState<FeedbackNote | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const give = useGiveFeedback();

  const edited = (field: Field) => {
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    setGiven(null);
    if (give.isError) give.reset();
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (give.isPending) return;
    const trimmed = text.trim();
    const found: FieldErrors = {
      recipient: recipient ? undefined : 'Choose the colleague the feedback is for.',
      text: !trimmed
        ? 'Write your feedback first.'
        : trimmed.length > maxTextLength
          ? `Keep it to ${maxTextLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`
          : undefined,
    };
    if (!recipient || found.text) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    give.mutate(
      { recipientId: recipient.id, text: trimmed, visibility, requestId: request?.id ?? null },
      {
        onSuccess: (note) => {
          setText('');
          setVisibility('PRIVATE');
          if (onGiven) {
            onGiven(note);
            return;
          }
          setRecipient(locked);
          setGiven(note);
        },
        onError: (error) => {
          const code = errorCode(error);
          const field = code ? fieldOfCode[code] : undefined;
          if (field) {
            setErrors({ [field]: error.message });
            focusFirstInvalid();
          }
        },
      },
    );
  };

  const code = errorCode(give.error);
  const generalError = give.isError && !(code && fieldOfCode[code]);

  return (
    <form ref={formRef} className="form--fields give-feedback" noValidate onSubmit={submit} aria-busy={give.isPending}>
      <fieldset className="form__body feedback-form__fields" disabled={give.isPending}>
        {request ? (
          <div className="feedback-question">
            <p className="feedback-question__who">
              {request.requester.name} asked
              {request.subject.id === request.requester.id ? '' : ` about ${request.subject.name}`}:
            </p>
            <blockquote className="feedback-question__text">{request.question}</blockquote>
          </div>
        ) : null}
        {locked ? (
          <p className="give-feedback__to">
            Feedback for <strong>{locked.name}</strong>
            {locked.title ? <span className="muted"> · {locked.title}</span> : null}
          </p>
        ) : (
          <ColleaguePicker
            id={`${id}-recipient`}
            label="Who is your feedback for?"
            hint="Anyone in the directory but yourself."
            value={recipient}
            onChange={(next) => {
              setRecipient(next);
              edited('recipient');
            }}
            excludeIds={[viewerId]}
            error={errors.recipient}
          />
        )}
        {errors.recipient && locked ? <p className="field__error">{errors.recipient}</p> : null}
        <CountedField
          id={`${id}-text`}
          label={request ? 'Your answer' : 'Your feedback'}
          hint="Be specific: what happened, and what it meant for you or the team."
          rows={5}
          value={text}
          onChange={(value) => {
            setText(value);
            edited('text');
          }}
          max={maxTextLength}
          error={errors.text}
          required
        />
        <VisibilityChoice value={visibility} onChange={setVisibility} recipientName={recipient?.name} />
        {request && request.requester.id !== request.subject.id ? (
          <p className="field__hint">
            {request.requester.name} asked for this feedback, so they can read your answer as well as {request.subject.name}.
          </p>
        ) : null}
      </fieldset>

      {generalError ? (
        <Alert tone="error" title="Your feedback was not sent">
          <p>{give.error?.message}</p>
        </Alert>
      ) : null}
      {given ? <Alert tone="success" title={`Feedback sent to ${given.recipient.name}.`} /> : null}

      <div className="form__actions">
        <button type="submit" className="button" disabled={give.isPending}>
          {give.isPending ? 'Sending…' : (submitLabel ?? 'Send feedback')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={give.isPending}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
};
