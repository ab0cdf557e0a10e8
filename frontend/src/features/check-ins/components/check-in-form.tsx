import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { CountedField } from '@/components/ui/counted-field';
import { errorCode } from '@/lib/graphql';

import type { CheckIn } from '../api/check-in-cache';
import { useSubmitCheckIn } from '../api/submit-check-in';
import { maxAnswerLength } from '../utils/limits';

import { MoodField } from './mood-field';

type Draft = { mood: number | null; wins: string; blockers: string; priorities: string };
type TextField = 'wins' | 'blockers' | 'priorities';
type Field = 'mood' | TextField;
type FieldErrors = Partial<Record<Field, string>>;

const draftOf = (checkIn: CheckIn | null): Draft => ({
  mood: checkIn?.mood ?? null,
  wins: checkIn?.wins ?? '',
  blockers: checkIn?.blockers ?? '',
  priorities: checkIn?.priorities ?? '',
});

const tooLong = (text: string) =>
  text.trim().length > maxAnswerLength
    ? `Keep it to ${maxAnswerLength.toLocaleString()} characters (${text.trim().length.toLocaleString()} now).`
    : undefined;

/** This week's check-in: written once, changed as often as needed until the week ends. */
export const CheckInForm = ({ checkIn }: { checkIn: CheckIn | null }) => {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(checkIn));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmitCheckIn();

  const change = <K extends Field>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    setSaved(false);
    if (submit.isError) submit.reset();
  };

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    const found: FieldErrors = {
      mood: draft.mood === null ? 'Choose how your week was.' : undefined,
      wins: tooLong(draft.wins),
      blockers: tooLong(draft.blockers),
      priorities: tooLong(draft.priorities),
    };
    if (draft.mood === null || Object.values(found).some(Boolean)) {
      setErrors(found);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('.mood-field--invalid input, [aria-invalid="true"]')?.focus());
      return;
    }
    submit.mutate(
      { mood: draft.mood, wins: draft.wins.trim(), blockers: draft.blockers.trim(), priorities: draft.priorities.trim() },
      {
        onSuccess: (result) => {
          setDraft(draftOf(result));
          setSaved(true);
        },
        onError: (error) => {
          if (errorCode(error) === 'MOOD_INVALID') setErrors({ mood: error.message });
        },
      },
    );
  };

  const generalError = submit.isError && errorCode(submit.error) !== 'MOOD_INVALID';
  const text = (field: TextField, label: string, hint: string) => (
    <CountedField
      id={`${id}-${field}`}
      label={label}
      hint={hint}
      rows={3}
      value={draft[field]}
      onChange={(value) => change(field, value)}
      max={maxAnswerLength}
      error={errors[field]}
    />
  );

  return (
    <form ref={formRef} className="card form form--fields check-in-form" noValidate onSubmit={send} aria-busy={submit.isPending}>
      <fieldset className="form__body check-in-form__fields" disabled={submit.isPending}>
        <MoodField value={draft.mood} onChange={(mood) => change('mood', mood)} error={errors.mood} />
        {text('wins', 'Wins', 'What went well this week, big or small?')}
        {text('blockers', 'Blockers', 'Anything in your way? Your manager sees blockers highlighted. Leave it empty when nothing is.')}
        {text('priorities', 'Priorities for next week', 'The two or three things you will focus on.')}
      </fieldset>
      {generalError ? (
        <Alert tone="error" title="Your check-in was not saved">
          <p>{submit.error?.message}</p>
        </Alert>
      ) : null}
      {saved ? <Alert tone="success" title="Check-in saved. Your manager can read it now." /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={submit.isPending}>
          {submit.isPending ? 'Saving…' : checkIn ? 'Update check-in' : 'Submit check-in'}
        </button>
      </div>
    </form>
  );
};
