import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { oneOnOneMeetingPath } from '@/config/paths';
import { errorCode } from '@/lib/graphql';

import { useMarkOneOnOneHeld } from '../api/mark-one-on-one-held';
import { useMoveOneOnOne } from '../api/move-one-on-one';
import type { Meeting } from '../api/one-on-one-cache';
import { useSkipOneOnOne } from '../api/skip-one-on-one';
import { formatMeetingStart, fromDateTimeLocal, toDateTimeLocal } from '../utils/meeting-time';

/** Where the series goes on from here: a closed meeting links to the next one. */
export const NextMeetingLink = ({ meeting }: { meeting: Meeting }) => {
  const next = meeting.series.nextMeeting;
  if (next.id === meeting.id) return null;
  return (
    <p className="meeting-next" data-testid="next-meeting">
      Next 1:1:{' '}
      <Link to={oneOnOneMeetingPath(next.id)}>
        <time dateTime={next.startsAt}>{formatMeetingStart(next.startsAt)}</time>
      </Link>
    </p>
  );
};

/**
 * "Mark as held", on the series' next meeting only: a series is held in order, and holding it carries what is
 * left open to the meeting after it.
 */
export const MarkHeld = ({ meeting }: { meeting: Meeting }) => {
  const held = useMarkOneOnOneHeld();
  if (held.isSuccess) {
    const next = held.data.series.nextMeeting;
    return (
      <div className="meeting-held">
        <Alert tone="success" title="Marked as held.">
          <p>
            What was left open is on the next 1:1:{' '}
            <Link to={oneOnOneMeetingPath(next.id)} data-testid="held-next-meeting">
              {formatMeetingStart(next.startsAt)}
            </Link>
            .
          </p>
        </Alert>
      </div>
    );
  }
  if (meeting.status !== 'SCHEDULED' || meeting.series.nextMeeting.id !== meeting.id) return null;
  return (
    <div className="meeting-held">
      <button
        type="button"
        className="button"
        disabled={held.isPending}
        onClick={() => held.mutate({ meetingId: meeting.id })}
      >
        {held.isPending ? 'Marking as held…' : 'Mark as held'}
      </button>
      <p className="field__hint">Topics not discussed and open action items carry over to the next 1:1.</p>
      {held.isError ? (
        <Alert tone="error" title="The 1:1 was not marked as held">
          <p>{held.error.message}</p>
        </Alert>
      ) : null}
    </div>
  );
};

/** The manager's changes to one occurrence: skip it, or move it to another time. */
export const ManagerActions = ({ meeting }: { meeting: Meeting }) => {
  const id = useId();
  const [startsAt, setStartsAt] = useState(() => toDateTimeLocal(meeting.startsAt));
  const [moveError, setMoveError] = useState<string>();
  const [confirmingSkip, setConfirmingSkip] = useState(false);
  const move = useMoveOneOnOne();
  const skip = useSkipOneOnOne();
  const busy = move.isPending || skip.isPending;

  const submitMove = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const instant = fromDateTimeLocal(startsAt);
    if (!instant) {
      setMoveError('Enter the new date and time.');
      return;
    }
    setMoveError(undefined);
    move.mutate({ meetingId: meeting.id, startsAt: instant });
  };

  // An overlap gets a heading of its own; the server's message says which 1:1 is in the way.
  const overlap = errorCode(move.error) === 'MEETING_OVERLAP';
  const fieldError = moveError ?? (move.isError && !overlap ? move.error.message : undefined);

  return (
    <section className="page-section meeting-section manager-actions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        Change this 1:1
      </h2>
      <form className="inline-form" noValidate onSubmit={submitMove} aria-label="Move this 1:1">
        <div className="field inline-form__field">
          <label className="field__label" htmlFor={`${id}-starts-at`}>
            New start (your time)
          </label>
          <input
            id={`${id}-starts-at`}
            className="input"
            type="datetime-local"
            value={startsAt}
            disabled={busy}
            aria-invalid={fieldError || overlap ? true : undefined}
            aria-describedby={fieldError ? `${id}-move-error` : undefined}
            onChange={(event) => {
              setStartsAt(event.target.value);
              setMoveError(undefined);
              move.reset();
            }}
          />
          {fieldError ? (
            <p id={`${id}-move-error`} className="field__error" role="alert">
              {fieldError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {move.isPending ? 'Moving…' : 'Move'}
        </button>
      </form>
      {overlap ? (
        <Alert tone="error" title="That time overlaps another 1:1">
          <p data-testid="move-overlap">{move.error?.message}</p>
        </Alert>
      ) : null}
      {move.isSuccess ? <Alert tone="success" title={`Moved to ${formatMeetingStart(move.data.startsAt)}.`} /> : null}
      <div className="manager-actions__skip">
        {confirmingSkip ? (
          <div className="form__actions" role="group" aria-label="Skip this 1:1?">
            <p>Skip this 1:1? Its open agenda carries over to the next one.</p>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => skip.mutate({ meetingId: meeting.id }, { onSettled: () => setConfirmingSkip(false) })}
            >
              {skip.isPending ? 'Skipping…' : 'Yes, skip it'}
            </button>
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => setConfirmingSkip(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirmingSkip(true)}>
            Skip this 1:1
          </button>
        )}
        {skip.isError ? (
          <Alert tone="error" title="The 1:1 was not skipped">
            <p>{skip.error.message}</p>
          </Alert>
        ) : null}
      </div>
    </section>
  );
};
