import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { OptionGroup } from '@/components/ui/option-group';
import { TextField } from '@/components/ui/text-field';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import type { OneOnOneCadence, OneOnOneScheduleInput } from '@/lib/gql/graphql';
import { errorCode } from '@/lib/graphql';
import { isValidTimeZone } from '@/lib/time-zones';

import { cadenceOptions, durationLimits, isoWeekdays, weekdayName, weekOfMonth } from '../utils/schedule';

export type ScheduleDraft = {
  cadence: OneOnOneCadence;
  weekday: string;
  localTime: string;
  timeZone: string;
  durationMinutes: string;
  /** Empty: from today, in the series' time zone. */
  startsOn: string;
};

type ScheduleErrors = Partial<Record<keyof ScheduleDraft, string>>;

function validate(draft: ScheduleDraft): { errors: ScheduleErrors } | { input: OneOnOneScheduleInput } {
  const errors: ScheduleErrors = {};
  const weekday = Number(draft.weekday);
  if (!isoWeekdays.some((day) => day === weekday)) errors.weekday = 'Choose the day of the week.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.localTime)) errors.localTime = 'Enter the time the 1:1 starts, such as 10:00.';
  const timeZone = draft.timeZone.trim();
  if (!timeZone) errors.timeZone = 'Choose the time zone the 1:1 is planned in.';
  else if (!isValidTimeZone(timeZone)) errors.timeZone = `“${timeZone}” is not a time zone we know. Pick one from the list.`;
  const duration = Number(draft.durationMinutes);
  if (!Number.isInteger(duration) || duration < durationLimits.min || duration > durationLimits.max) {
    errors.durationMinutes = `Enter a length between ${durationLimits.min} and ${durationLimits.max} minutes.`;
  }
  if (draft.startsOn && !/^\d{4}-\d{2}-\d{2}$/.test(draft.startsOn)) errors.startsOn = 'Enter a date, or leave it empty to start today.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      cadence: draft.cadence,
      weekday,
      localTime: draft.localTime,
      timeZone,
      durationMinutes: duration,
      startsOn: draft.startsOn || null,
    },
  };
}

type ScheduleFormProps = {
  initial: ScheduleDraft;
  submitLabel: string;
  pendingLabel: string;
  /** Said below the fields, before the button: what saving does. */
  consequence?: ReactNode;
  pending: boolean;
  /** The server's refusal of the last attempt. */
  error: Error | null;
  /** Shown after a successful save until the next change. */
  success?: ReactNode;
  onSave: (input: OneOnOneScheduleInput) => void;
  /** The person changed a field (a success message no longer applies). */
  onEdit?: () => void;
};

/** A series' schedule: how often, which day, what time in which time zone, how long, from when. */
export const ScheduleForm = ({ initial, submitLabel, pendingLabel, consequence, pending, error, success, onSave, onEdit }: ScheduleFormProps) => {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ScheduleErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const change = <K extends keyof ScheduleDraft>(field: K, value: ScheduleDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    onEdit?.();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const result = validate(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    onSave(result.input);
  };

  // An unknown time zone belongs to its field; any other refusal (INVALID_ARGUMENT names what is wrong) is said
  // beside the button.
  const code = errorCode(error);
  const timeZoneError = errors.timeZone ?? (code === 'TIME_ZONE_UNKNOWN' ? error?.message : undefined);
  const monthlyHint =
    draft.cadence === 'MONTHLY' && draft.startsOn && Number(draft.weekday)
      ? `Monthly 1:1s meet on the same week of each month as the start date: the ${weekOfMonth(draft.startsOn)} ${weekdayName(Number(draft.weekday))}.`
      : 'Monthly 1:1s meet on the same week of each month as the start date (the second Tuesday, say; a fifth becomes the last).';

  return (
    <form ref={formRef} className="card form form--fields schedule-form" noValidate onSubmit={submit} aria-busy={pending} aria-label="Schedule">
      <fieldset className="form__body" disabled={pending}>
        <OptionGroup
          label="How often"
          options={cadenceOptions}
          value={draft.cadence}
          onChange={(cadence) => change('cadence', cadence)}
          hint={draft.cadence === 'MONTHLY' ? monthlyHint : undefined}
        />
        <div className="form__row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-weekday`}>
              Day
            </label>
            <select
              id={`${id}-weekday`}
              className="input"
              value={draft.weekday}
              aria-invalid={errors.weekday ? true : undefined}
              aria-describedby={errors.weekday ? `${id}-weekday-error` : undefined}
              onChange={(event) => change('weekday', event.target.value)}
            >
              {isoWeekdays.map((day) => (
                <option key={day} value={String(day)}>
                  {weekdayName(day)}
                </option>
              ))}
            </select>
            {errors.weekday ? (
              <p id={`${id}-weekday-error`} className="field__error">
                {errors.weekday}
              </p>
            ) : null}
          </div>
          <TextField
            id={`${id}-time`}
            label="Time"
            type="time"
            value={draft.localTime}
            error={errors.localTime}
            onChange={(event) => change('localTime', event.target.value)}
          />
          <TextField
            id={`${id}-duration`}
            label="Length (minutes)"
            type="number"
            inputMode="numeric"
            min={durationLimits.min}
            max={durationLimits.max}
            step={5}
            value={draft.durationMinutes}
            error={errors.durationMinutes}
            onChange={(event) => change('durationMinutes', event.target.value)}
          />
        </div>
        <TimeZoneField
          id={`${id}-time-zone`}
          label="Time zone"
          hint="The day and time above are in this time zone; each of you sees the meetings in your own time. Type a city to search."
          value={draft.timeZone}
          error={timeZoneError}
          onChange={(timeZone) => change('timeZone', timeZone)}
        />
        <TextField
          id={`${id}-starts-on`}
          label="Starts on"
          hint="The first day a 1:1 may fall on. Leave it empty to start today."
          type="date"
          value={draft.startsOn}
          error={errors.startsOn}
          onChange={(event) => change('startsOn', event.target.value)}
        />
      </fieldset>
      {consequence ? <p className="field__hint">{consequence}</p> : null}
      {error && code !== 'TIME_ZONE_UNKNOWN' ? (
        <Alert tone="error" title="The schedule was not saved">
          <p data-testid="schedule-error">{error.message}</p>
        </Alert>
      ) : null}
      {success}
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
};
