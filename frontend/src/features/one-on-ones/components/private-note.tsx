import { useId, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { LockIcon } from '@/components/ui/icons';

import type { Meeting } from '../api/one-on-one-cache';
import { useSavePrivateNote } from '../api/save-private-note';
import { maxNotesLength } from '../utils/limits';

/** The viewer's own note on the meeting; the server never gives it to anyone else. */
export const PrivateNote = ({ meeting }: { meeting: Meeting }) => {
  const id = useId();
  const [base, setBase] = useState(meeting.myPrivateNote);
  const [draft, setDraft] = useState(meeting.myPrivateNote);
  const [saved, setSaved] = useState(false);
  const save = useSavePrivateNote();
  const dirty = draft !== base;
  const tooLong = draft.length > maxNotesLength;

  // Saved in another tab: shown here too, unless the person is writing.
  if (meeting.myPrivateNote !== base && !dirty && !save.isPending) {
    setBase(meeting.myPrivateNote);
    setDraft(meeting.myPrivateNote);
  }

  return (
    <section className="page-section meeting-section private-note" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        My private note
      </h2>
      <form
        className="form--fields"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (save.isPending || tooLong) return;
          save.mutate(
            { meetingId: meeting.id, text: draft },
            {
              onSuccess: (updated) => {
                setBase(updated.myPrivateNote);
                setDraft(updated.myPrivateNote);
                setSaved(true);
              },
            },
          );
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-note`}>
            Private note
          </label>
          <p id={`${id}-hint`} className="field__hint private-note__promise" data-testid="private-note-promise">
            <LockIcon width={16} height={16} /> Only you can see this.
          </p>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={4}
            value={draft}
            readOnly={save.isPending}
            aria-invalid={tooLong || undefined}
            aria-describedby={tooLong ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(event) => {
              setDraft(event.target.value);
              setSaved(false);
            }}
          />
          {tooLong ? (
            <p id={`${id}-error`} className="field__error">
              A note is at most {maxNotesLength.toLocaleString()} characters ({draft.length.toLocaleString()} now).
            </p>
          ) : null}
        </div>
        {save.isError ? (
          <Alert tone="error" title="Your private note was not saved">
            <p>{save.error.message}</p>
          </Alert>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={save.isPending || !dirty}>
            {save.isPending ? 'Saving…' : 'Save private note'}
          </button>
          <span className="muted" role="status">
            {saved && !dirty ? 'Private note saved.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
};
