import { useId, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { errorCode } from '@/lib/graphql';

import type { Meeting } from '../api/one-on-one-cache';
import { useSaveSharedNotes } from '../api/save-shared-notes';
import { maxNotesLength } from '../utils/limits';

type SharedNotesProps = {
  meeting: Meeting;
  closed: boolean;
};

/** What both people wrote down, as the server last gave it: the text the draft started from, and its version. */
type Base = { text: string; version: number };

/**
 * The notes both people keep. A save names the version it was written from; when the other person saved in
 * between, the server refuses (NOTES_CHANGED) and nothing typed here is lost: the person sees both texts and
 * chooses.
 */
export const SharedNotes = ({ meeting, closed }: SharedNotesProps) => {
  const id = useId();
  const [base, setBase] = useState<Base>({ text: meeting.sharedNotes, version: meeting.sharedNotesVersion });
  const [draft, setDraft] = useState(meeting.sharedNotes);
  const [conflict, setConflict] = useState(false);
  // The person's own text, kept in view after they loaded the other person's version.
  const [setAside, setSetAside] = useState<string>();
  const [saved, setSaved] = useState(false);
  const save = useSaveSharedNotes();
  const dirty = draft !== base.text;
  const theirs = { text: meeting.sharedNotes, version: meeting.sharedNotesVersion };
  const changedElsewhere = theirs.version !== base.version;

  // A newer version from the other person replaces the text shown, unless the person is writing: then their
  // text stays, and saving it tells them.
  if (changedElsewhere && !dirty && !conflict) {
    setBase(theirs);
    setDraft(theirs.text);
  }

  const tooLong = draft.length > maxNotesLength;

  const submit = () => {
    if (save.isPending || tooLong) return;
    setSaved(false);
    save.mutate(
      { meetingId: meeting.id, text: draft, version: base.version },
      {
        onSuccess: (updated) => {
          setBase({ text: updated.sharedNotes, version: updated.sharedNotesVersion });
          setDraft(updated.sharedNotes);
          setConflict(false);
          setSaved(true);
        },
        onError: (error) => {
          if (errorCode(error) === 'NOTES_CHANGED') setConflict(true);
        },
      },
    );
  };

  const loadTheirs = () => {
    setSetAside(draft);
    setBase(theirs);
    setDraft(theirs.text);
    setConflict(false);
    save.reset();
  };

  const keepMine = () => {
    // Saving again now overwrites their version, which the person has seen.
    setBase({ text: base.text, version: theirs.version });
    setConflict(false);
    save.reset();
  };

  return (
    <section className="page-section meeting-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        Shared notes
      </h2>
      {closed && !meeting.sharedNotes ? (
        <p className="muted">No notes were written.</p>
      ) : (
        <form
          className="form--fields shared-notes"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${id}-notes`}>
              Notes for both of you
            </label>
            <p id={`${id}-hint`} className="field__hint">
              {meeting.series.manager.name} and {meeting.series.report.name} can read and change these.
            </p>
            <textarea
              id={`${id}-notes`}
              className="input shared-notes__text"
              rows={8}
              value={draft}
              readOnly={closed || save.isPending}
              aria-invalid={tooLong || undefined}
              aria-describedby={tooLong ? `${id}-hint ${id}-error` : `${id}-hint`}
              onChange={(event) => {
                setDraft(event.target.value);
                setSaved(false);
              }}
            />
            {tooLong ? (
              <p id={`${id}-error`} className="field__error">
                Notes are at most {maxNotesLength.toLocaleString()} characters ({draft.length.toLocaleString()} now).
              </p>
            ) : null}
          </div>
          {conflict ? (
            <Alert tone="error" title="Someone else saved the shared notes first">
              <p>Your text is still in the box above and has not been saved. This is what is saved now:</p>
              {/* Until the page has read the meeting again, it only knows that the notes changed. */}
              {changedElsewhere ? (
                <blockquote className="shared-notes__theirs" data-testid="shared-notes-theirs">
                  {theirs.text || <span className="muted">(empty)</span>}
                </blockquote>
              ) : (
                <p className="muted">Loading the saved notes…</p>
              )}
              <div className="form__actions">
                <button type="button" className="button button--secondary" disabled={!changedElsewhere} onClick={loadTheirs}>
                  Load their text
                </button>
                <button type="button" className="button button--ghost" disabled={!changedElsewhere} onClick={keepMine}>
                  Keep mine, and save it over theirs
                </button>
              </div>
            </Alert>
          ) : changedElsewhere && dirty ? (
            <p className="field__hint" role="status">
              The notes were changed since you started writing. Saving will show you both versions.
            </p>
          ) : null}
          {save.isError && !conflict && errorCode(save.error) !== 'NOTES_CHANGED' ? (
            <Alert tone="error" title="The notes were not saved">
              <p>{save.error.message}</p>
            </Alert>
          ) : null}
          {setAside !== undefined ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-set-aside`}>
                Your text, not saved
              </label>
              <p className="field__hint">Copy what you need into the notes above.</p>
              <textarea id={`${id}-set-aside`} className="input" rows={4} value={setAside} readOnly />
              <div className="form__actions">
                <button type="button" className="button button--ghost" onClick={() => setSetAside(undefined)}>
                  Done with my old text
                </button>
              </div>
            </div>
          ) : null}
          {closed ? null : (
            <div className="form__actions">
              <button type="submit" className="button button--secondary" disabled={save.isPending || !dirty}>
                {save.isPending ? 'Saving…' : 'Save notes'}
              </button>
              <span className="muted" role="status">
                {saved && !dirty ? 'Notes saved.' : ''}
              </span>
            </div>
          )}
        </form>
      )}
    </section>
  );
};
