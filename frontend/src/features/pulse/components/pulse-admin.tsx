import { useId, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/format';

import { useCurrentPulse } from '../api/get-current-pulse';
import { useOpenPulseRound } from '../api/open-pulse-round';
import { useSetPulseCadence } from '../api/set-pulse-cadence';
import { maxCadenceDays, minCadenceDays } from '../utils/limits';

/** HR admins: open a round now, and how often rounds open by themselves. */
export const PulseAdmin = () => (
  <div className="pulse-admin">
    <OpenRound />
    <Cadence />
  </div>
);

const OpenRound = () => {
  const id = useId();
  const current = useCurrentPulse();
  const open = useOpenPulseRound();
  const [question, setQuestion] = useState('');
  const openRound = current.data;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) return;
    open.mutate(question.trim() || null, { onSuccess: () => setQuestion('') });
  };

  return (
    <form className="card form form--fields" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section-title">
        Open a round now
      </h3>
      {openRound ? (
        <p className="muted">A round is open until {formatDateTime(openRound.closesAt)}. The next one can be opened once it closes.</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-question`}>
              Question (optional)
            </label>
            <p id={`${id}-question-hint`} className="field__hint">
              Leave it empty for the standard eNPS question. The round stays open for 7 days.
            </p>
            <input
              id={`${id}-question`}
              className="input"
              type="text"
              value={question}
              placeholder="How likely are you to recommend working here to a friend?"
              aria-describedby={`${id}-question-hint`}
              onChange={(event) => {
                setQuestion(event.target.value);
                if (open.isError) open.reset();
              }}
            />
          </div>
        </>
      )}
      {open.isError ? (
        <Alert tone="error" title="The round was not opened">
          <p>{open.error.message}</p>
        </Alert>
      ) : null}
      {open.isSuccess && openRound?.id === open.data.id ? <Alert tone="success" title="The round is open: everyone can answer now." /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={open.isPending || !!openRound}>
          {open.isPending ? 'Opening…' : 'Open a round now'}
        </button>
      </div>
    </form>
  );
};

const Cadence = () => {
  const id = useId();
  const save = useSetPulseCadence();
  const [days, setDays] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const value = Number(days);
    if (!Number.isInteger(value) || value < minCadenceDays || value > maxCadenceDays) {
      setError(`Choose a whole number of days from ${minCadenceDays} to ${maxCadenceDays}.`);
      return;
    }
    save.mutate(value, { onError: (failure) => setError(failure.message) });
  };

  return (
    <form className="card form form--fields" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section-title">
        How often rounds open
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-days`}>
          Open a new round every … days
        </label>
        <p id={`${id}-days-hint`} className="field__hint">
          From {minCadenceDays} to {maxCadenceDays} days. Each round stays open for 7 days.
        </p>
        <input
          id={`${id}-days`}
          className="input pulse-admin__days"
          type="number"
          inputMode="numeric"
          min={minCadenceDays}
          max={maxCadenceDays}
          step={1}
          value={days}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-days-hint`, error ? `${id}-days-error` : ''].filter(Boolean).join(' ')}
          onChange={(event) => {
            setDays(event.target.value);
            setError(undefined);
            if (save.isSuccess) save.reset();
          }}
        />
        {error ? (
          <p id={`${id}-days-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
      {save.isSuccess ? <Alert tone="success" title={`Saved: a new round opens every ${save.data} days.`} /> : null}
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
};
