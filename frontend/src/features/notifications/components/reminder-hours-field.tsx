import { useRef } from 'react';

import { CloseIcon, PlusIcon } from '@/components/ui/icons';

import { describeReminder, reminderLimits } from '../utils/reminder-hours';

type ReminderHoursFieldProps = {
  /** Earliest first. */
  hours: ReadonlyArray<number>;
  /** What is typed in the box for another reminder. */
  newReminder: string;
  onNewReminderChange: (text: string) => void;
  onAdd: () => void;
  onRemove: (hours: number) => void;
  /** About what is typed in the box. */
  error?: string;
  /** About the list as a whole. */
  listError?: string;
};

export const ReminderHoursField = ({
  hours,
  newReminder,
  onNewReminderChange,
  onAdd,
  onRemove,
  error,
  listError,
}: ReminderHoursFieldProps) => {
  const inputRef = useRef<HTMLInputElement>(null);
  const full = hours.length >= reminderLimits.most;
  const describedBy = ['reminder-hours-hint', error ? 'new-reminder-error' : '', listError ? 'reminder-hours-error' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className="field reminder-hours" aria-describedby={describedBy}>
      <legend className="field__label">Remind me before each 1:1</legend>
      <p id="reminder-hours-hint" className="field__hint">
        From {reminderLimits.minHours} to {reminderLimits.maxHours} hours (a week) before; up to {reminderLimits.most} reminders.
      </p>
      {hours.length === 0 ? (
        <p className="muted">No reminders.</p>
      ) : (
        <ul className="reminder-hours__list" aria-label="Reminders">
          {hours.map((value) => (
            <li key={value} className="reminder-chip">
              <span>{describeReminder(value)}</span>
              <button
                type="button"
                className="reminder-chip__remove"
                aria-label={`Remove the reminder ${describeReminder(value)}`}
                onClick={() => {
                  onRemove(value);
                  // The button is gone: keep focus in the field.
                  inputRef.current?.focus();
                }}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      {listError ? (
        <p id="reminder-hours-error" className="field__error">
          {listError}
        </p>
      ) : null}
      <div className="reminder-hours__add">
        <label className="visually-hidden" htmlFor="new-reminder">
          Hours before the 1:1
        </label>
        <input
          ref={inputRef}
          id="new-reminder"
          className="input reminder-hours__input"
          type="number"
          inputMode="numeric"
          min={reminderLimits.minHours}
          max={reminderLimits.maxHours}
          step={1}
          placeholder="Hours"
          value={newReminder}
          disabled={full}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-reminder-error' : undefined}
          onChange={(event) => onNewReminderChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter adds the reminder rather than saving the whole form.
            event.preventDefault();
            onAdd();
          }}
        />
        <button type="button" className="button button--secondary" disabled={full} onClick={onAdd}>
          <PlusIcon /> Add reminder
        </button>
      </div>
      {error ? (
        <p id="new-reminder-error" className="field__error">
          {error}
        </p>
      ) : full ? (
        <p className="field__hint">That is the most: remove one to add another.</p>
      ) : null}
    </fieldset>
  );
};
