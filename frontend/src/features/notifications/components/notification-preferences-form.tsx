import { useId, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import type { NotificationCategory } from '@/lib/gql/graphql';

import type { NotificationPreferences } from '../api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';
import { newReminderError, reminderListError, sortReminders } from '../utils/reminder-hours';

import { ReminderHoursField } from './reminder-hours-field';

type Draft = {
  emailCategories: ReadonlyArray<NotificationCategory>;
  /** Earliest first. */
  reminderHours: ReadonlyArray<number>;
};

type Errors = { newReminder?: string; reminderHours?: string };

const toDraft = (preferences: NotificationPreferences): Draft => ({
  emailCategories: preferences.categories.filter((category) => category.email).map((category) => category.category),
  reminderHours: sortReminders(preferences.oneOnOneReminderHours),
});

const sameDraft = (a: Draft, b: Draft) =>
  [...a.emailCategories].sort().join() === [...b.emailCategories].sort().join() &&
  a.reminderHours.join() === b.reminderHours.join();

type NotificationPreferencesFormProps = { preferences: NotificationPreferences };

// The draft starts from the preferences as loaded and is not replaced when they are read again (after a
// calendar feed change, say), so a person never loses what they are choosing.
export const NotificationPreferencesForm = ({ preferences }: NotificationPreferencesFormProps) => {
  const [saved, setSaved] = useState(() => toDraft(preferences));
  const [draft, setDraft] = useState(saved);
  const [newReminder, setNewReminder] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [justSaved, setJustSaved] = useState(false);
  const update = useUpdateNotificationPreferences();
  const emailHintId = useId();
  const dirty = !sameDraft(draft, saved) || newReminder.trim() !== '';

  const change = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setJustSaved(false);
  };

  const toggleCategory = (category: NotificationCategory, email: boolean) =>
    change({
      emailCategories: email
        ? [...draft.emailCategories, category]
        : draft.emailCategories.filter((chosen) => chosen !== category),
    });

  /** The hours with what is typed added, or undefined (and the reason shown) when it cannot be. */
  const withNewReminder = (): ReadonlyArray<number> | undefined => {
    const error = newReminderError(newReminder, draft.reminderHours);
    if (error) {
      setErrors({ newReminder: error });
      document.getElementById('new-reminder')?.focus();
      return undefined;
    }
    setErrors({});
    setNewReminder('');
    return sortReminders([...draft.reminderHours, Number(newReminder.trim())]);
  };

  const add = () => {
    const reminderHours = withNewReminder();
    if (reminderHours) change({ reminderHours });
  };

  const remove = (hours: number) => {
    change({ reminderHours: draft.reminderHours.filter((value) => value !== hours) });
    setErrors({});
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    setJustSaved(false);
    // A number typed but not added is surely meant to be kept.
    const reminderHours = newReminder.trim() === '' ? draft.reminderHours : withNewReminder();
    if (!reminderHours) return;
    const listError = reminderListError(reminderHours);
    if (listError) {
      setErrors({ reminderHours: listError });
      document.getElementById('new-reminder')?.focus();
      return;
    }
    setDraft((current) => ({ ...current, reminderHours }));
    update.mutate(
      { emailCategories: [...draft.emailCategories], oneOnOneReminderHours: [...reminderHours] },
      {
        onSuccess: (answer) => {
          const next = toDraft(answer);
          setSaved(next);
          setDraft(next);
          setJustSaved(true);
        },
      },
    );
  };

  const discard = () => {
    setDraft(saved);
    setNewReminder('');
    setErrors({});
    update.reset();
    setJustSaved(false);
  };

  return (
    <form className="card form" noValidate onSubmit={submit} aria-busy={update.isPending}>
      <section className="form__section" aria-labelledby="email-heading">
        <h2 id="email-heading" className="section-title">
          E-mail
        </h2>
        <fieldset className="field" aria-describedby={emailHintId}>
          <legend className="field__label">E-mail me about</legend>
          <p id={emailHintId} className="field__hint">
            Everything shows up in your inbox here. What you tick is also e-mailed to{' '}
            <strong data-testid="email-address">{preferences.emailAddress}</strong>, your work address.
          </p>
          <ul className="notification-preferences__categories">
            {preferences.categories.map(({ category, label }) => (
              <li key={category}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="emailCategories"
                    value={category}
                    checked={draft.emailCategories.includes(category)}
                    onChange={(event) => toggleCategory(category, event.target.checked)}
                  />
                  <span>{label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>

      <section className="form__section" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading" className="section-title">
          1:1 reminders
        </h2>
        <ReminderHoursField
          hours={draft.reminderHours}
          newReminder={newReminder}
          onNewReminderChange={(text) => {
            setNewReminder(text);
            setErrors({});
            setJustSaved(false);
          }}
          onAdd={add}
          onRemove={remove}
          error={errors.newReminder}
          listError={errors.reminderHours}
        />
      </section>

      {/* Beside the button that was pressed, where the person is looking. */}
      {update.isError ? (
        <Alert tone="error" title="Your preferences were not saved">
          <p data-testid="server-error">{update.error.message}</p>
        </Alert>
      ) : null}
      {justSaved ? <Alert tone="success" title="Notification preferences saved." /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save preferences'}
        </button>
        <button type="button" className="button button--secondary" disabled={!dirty || update.isPending} onClick={discard}>
          Discard changes
        </button>
      </div>
    </form>
  );
};
