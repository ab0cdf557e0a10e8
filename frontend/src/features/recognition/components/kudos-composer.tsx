import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { OptionGroup } from '@/components/ui/option-group';
import { Spinner } from '@/components/ui/spinner';
import { listNames } from '@/lib/format';
import { errorCode } from '@/lib/graphql';

import { useKudosOptions } from '../api/get-kudos-options';
import { useMyAllowance } from '../api/get-my-allowance';
import { useGiveKudos } from '../api/give-kudos';
import type { Kudos } from '../api/kudos-cache';
import type { Colleague } from '../api/search-colleagues';
import { newIdempotencyKey } from '../utils/idempotency-key';

import { maxPointsEach, PointsField } from './points-field';
import { RecipientPicker } from './recipient-picker';

const maxMessageLength = 500;
const maxRecipients = 20;

type Field = 'recipients' | 'value' | 'message' | 'points';
type FieldErrors = Partial<Record<Field, string>>;

// Where each refusal of giveKudos belongs on the form; any other error is shown above the button.
const fieldOfCode: Record<string, Field> = {
  SELF_KUDOS: 'recipients',
  RECIPIENTS_INVALID: 'recipients',
  RECIPIENT_INACTIVE: 'recipients',
  RECIPIENT_UNKNOWN: 'recipients',
  VALUE_UNKNOWN: 'value',
  MESSAGE_EMPTY: 'message',
  MESSAGE_TOO_LONG: 'message',
  POINTS_INVALID: 'points',
  ALLOWANCE_EXCEEDED: 'points',
};

type KudosComposerProps = {
  /** The signed-in person, who is never offered as a recipient. */
  viewerId: string;
  /** Shown above the form; left out where a dialog already names it. */
  heading?: string;
  /** People chosen before the composer opens (a profile's "Recognise" button). */
  initialRecipients?: ReadonlyArray<Colleague>;
  /** Called once the kudos is given; the composer has already cleared itself. */
  onGiven?: (kudos: Kudos) => void;
};

export const KudosComposer = ({ viewerId, heading, initialRecipients = [], onGiven }: KudosComposerProps) => {
  const id = useId();
  const [recipients, setRecipients] = useState<Colleague[]>([...initialRecipients]);
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');
  const [points, setPoints] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [given, setGiven] = useState<Kudos | null>(null);
  // One key per composed kudos: a retry after a lost answer sends the same key, so the server records
  // the kudos once however often it arrives. A new kudos (after success) or a refusal starts afresh.
  const idempotencyKey = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const options = useKudosOptions();
  const allowance = useMyAllowance();
  const give = useGiveKudos();

  // The allowance may shrink (spent elsewhere, or more recipients): never offer more than is left.
  const maxPoints = allowance.data ? maxPointsEach(allowance.data.remaining, recipients.length) : 0;
  const shownPoints = Math.min(points, maxPoints);
  const messageLength = message.trim().length;
  const values = options.data?.values ?? [];

  const edited = (field: Field) => {
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    setGiven(null);
    if (give.isError) give.reset();
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"], .option-group--invalid input')
        ?.focus(),
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (give.isPending) return;
    setGiven(null);
    give.reset();
    const text = message.trim();
    const next: FieldErrors = {
      recipients: recipients.length === 0 ? 'Choose at least one colleague to recognise.' : undefined,
      value: value ? undefined : 'Choose the company value they lived.',
      message: !text
        ? 'Say what they did: the message cannot be empty.'
        : text.length > maxMessageLength
          ? `Keep the message to ${maxMessageLength} characters (${text.length} now).`
          : undefined,
    };
    if (Object.values(next).some(Boolean)) {
      setErrors(next);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    idempotencyKey.current ??= newIdempotencyKey();
    give.mutate(
      {
        idempotencyKey: idempotencyKey.current,
        recipientIds: recipients.map((recipient) => recipient.id),
        message: text,
        value,
        points: shownPoints,
      },
      {
        onSuccess: (kudos) => {
          idempotencyKey.current = null;
          setRecipients([]);
          setValue('');
          setMessage('');
          setPoints(0);
          setGiven(kudos);
          if (onGiven) onGiven(kudos);
          // Ready for the next one.
          else formRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
        },
        onError: (error) => {
          const code = errorCode(error);
          // The server answered and refused: nothing was recorded under this key.
          if (code) idempotencyKey.current = null;
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
  // No code: the answer was lost (network, timeout) or the server failed; the kudos may have been recorded.
  const mayHaveBeenGiven = generalError && !code;

  return (
    <form
      ref={formRef}
      className="kudos-composer"
      noValidate
      onSubmit={submit}
      aria-labelledby={heading ? `${id}-heading` : undefined}
      aria-busy={give.isPending}
    >
      {heading ? (
        <h2 id={`${id}-heading`} className="kudos-composer__heading">
          {heading}
        </h2>
      ) : null}
      <fieldset className="form__body kudos-composer__fields" disabled={give.isPending}>
        <RecipientPicker
          id={`${id}-recipients`}
          label="Who do you want to recognise?"
          value={recipients}
          onChange={(next) => {
            setRecipients(next);
            edited('recipients');
          }}
          excludeId={viewerId}
          max={maxRecipients}
          error={errors.recipients}
        />

        {options.isPending ? (
          <Spinner label="Loading the company values…" />
        ) : options.isError ? (
          <p className="field__error">
            The company values could not be loaded: {options.error.message}{' '}
            <button type="button" className="button button--ghost" onClick={() => void options.refetch()}>
              Try again
            </button>
          </p>
        ) : values.length === 0 ? (
          <Alert tone="info" title="Your company has no values yet">
            <p>Kudos are given for living a company value. An HR admin adds them in Company settings.</p>
          </Alert>
        ) : (
          <OptionGroup
            label="Company value"
            hint="Which value did they live?"
            variant="pills"
            options={values.map((option) => ({ value: option, label: option }))}
            value={value}
            onChange={(next) => {
              setValue(next);
              edited('value');
            }}
            error={errors.value}
          />
        )}

        <div className="field">
          <label className="field__label" htmlFor={`${id}-message`}>
            Message
          </label>
          <textarea
            id={`${id}-message`}
            className="input kudos-composer__message"
            rows={3}
            placeholder="What did they do, and why did it matter?"
            value={message}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={[`${id}-message-count`, errors.message ? `${id}-message-error` : ''].filter(Boolean).join(' ')}
            onChange={(event) => {
              setMessage(event.target.value);
              edited('message');
            }}
          />
          <div className="kudos-composer__message-footer">
            {errors.message ? (
              <p id={`${id}-message-error`} className="field__error">
                {errors.message}
              </p>
            ) : (
              <span />
            )}
            <p
              id={`${id}-message-count`}
              className={`character-count${messageLength > maxMessageLength ? ' character-count--over' : ''}`}
              data-testid="message-count"
            >
              {messageLength} / {maxMessageLength}
              <span className="visually-hidden"> characters</span>
            </p>
          </div>
        </div>

        <PointsField
          id={`${id}-points`}
          allowance={allowance.data}
          allowanceError={allowance.error}
          onRetryAllowance={() => void allowance.refetch()}
          value={shownPoints}
          onChange={(next) => {
            setPoints(next);
            edited('points');
          }}
          recipientCount={recipients.length}
          error={errors.points}
        />
      </fieldset>

      {generalError ? (
        <Alert tone="error" title={mayHaveBeenGiven ? 'Your kudos may not have been sent' : 'Your kudos was not sent'}>
          <p>{give.error?.message}</p>
          {mayHaveBeenGiven ? <p>Try again: if it did arrive, it will not be given twice.</p> : null}
        </Alert>
      ) : null}
      {given && !onGiven ? (
        <Alert tone="success" title={`Kudos sent to ${listNames(given.recipients.map((recipient) => recipient.name))}.`} />
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button" disabled={give.isPending || (options.isSuccess && values.length === 0)}>
          {give.isPending ? (
            <>
              <span className="spinner__wheel spinner__wheel--small" aria-hidden="true" />
              Sending…
            </>
          ) : mayHaveBeenGiven ? (
            'Try again'
          ) : (
            'Give kudos'
          )}
        </button>
      </div>
    </form>
  );
};
