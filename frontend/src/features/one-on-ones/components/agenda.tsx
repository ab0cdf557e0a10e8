import { useId, useState, type FormEvent } from 'react';

import { ArrowUpIcon } from '@/components/ui/icons';

import { useAddAgendaItem } from '../api/add-agenda-item';
import type { AgendaItem, Meeting } from '../api/one-on-one-cache';
import { useRemoveAgendaItem } from '../api/remove-agenda-item';
import { useReorderAgenda } from '../api/reorder-agenda';
import { useSetAgendaItemDiscussed } from '../api/set-agenda-item-discussed';
import { maxAgendaItemLength } from '../utils/limits';

import { SavedCheckbox } from './saved-checkbox';

type AgendaProps = {
  meeting: Meeting;
  viewerId: string;
  /** Held or skipped: the agenda is a record now. */
  closed: boolean;
};

/** The shared agenda: both people add topics, put them in order, and tick them off as they talk. */
export const Agenda = ({ meeting, viewerId, closed }: AgendaProps) => {
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string>();
  const reorder = useReorderAgenda();
  const discuss = useSetAgendaItemDiscussed();
  const remove = useRemoveAgendaItem();
  const { agenda } = meeting;

  const move = (item: AgendaItem, by: -1 | 1) => {
    const from = agenda.findIndex((candidate) => candidate.id === item.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= agenda.length) return;
    const itemIds = agenda.map((candidate) => candidate.id);
    itemIds.splice(from, 1);
    itemIds.splice(to, 0, item.id);
    setError(undefined);
    setAnnouncement(`“${item.text}” moved to position ${to + 1} of ${agenda.length}.`);
    reorder.mutate({ meetingId: meeting.id, itemIds }, { onError: (failure) => setError(failure.message) });
  };

  return (
    <section className="page-section meeting-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Agenda
      </h2>
      {agenda.length === 0 ? (
        <p className="muted">{closed ? 'Nothing was on the agenda.' : 'Nothing on the agenda yet. Add what you want to talk about.'}</p>
      ) : (
        <ol className="agenda" aria-label="Agenda">
          {agenda.map((item, index) => (
            <li key={item.id} className={`agenda__item${item.discussed ? ' agenda__item--discussed' : ''}`} data-testid="agenda-item">
              <SavedCheckbox
                className="agenda__check"
                checked={item.discussed}
                disabled={closed}
                aria-label={`Discussed: ${item.text}`}
                save={(discussed) => {
                  setError(undefined);
                  return discuss
                    .mutateAsync({ meetingId: meeting.id, itemId: item.id, discussed })
                    .catch((failure: Error) => setError(failure.message));
                }}
              />
              <div className="agenda__body">
                <p className="agenda__text" data-testid="agenda-text">
                  {item.text}
                </p>
                <p className="agenda__meta">
                  <span>{item.author.id === viewerId ? 'Added by you' : `Added by ${item.author.name}`}</span>
                  {item.discussed ? <span className="badge badge--muted">Discussed</span> : null}
                  {item.carriedOver ? (
                    <span className="badge" data-testid="agenda-carried-over">
                      Carried over
                    </span>
                  ) : null}
                  {item.fromCheckIn ? (
                    <span className="badge" data-testid="agenda-from-check-in">
                      From a check-in
                    </span>
                  ) : null}
                </p>
              </div>
              {closed ? null : (
                <div className="agenda__actions">
                  {/* aria-disabled rather than disabled: the button keeps focus when its item reaches the end. */}
                  <button
                    type="button"
                    className="icon-button"
                    aria-disabled={index === 0 || undefined}
                    onClick={() => move(item, -1)}
                  >
                    <ArrowUpIcon />
                    <span className="visually-hidden">Move up: {item.text}</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-disabled={index === agenda.length - 1 || undefined}
                    onClick={() => move(item, 1)}
                  >
                    <ArrowUpIcon className="icon--down" />
                    <span className="visually-hidden">Move down: {item.text}</span>
                  </button>
                  {item.author.id === viewerId ? (
                    <button
                      type="button"
                      className="button button--ghost agenda__remove"
                      aria-label={`Remove: ${item.text}`}
                      disabled={remove.isPending}
                      onClick={() => {
                        setError(undefined);
                        remove.mutate({ meetingId: meeting.id, itemId: item.id }, { onError: (failure) => setError(failure.message) });
                      }}
                    >
                      Remove
                    </button>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {closed ? null : <AddAgendaItem meetingId={meeting.id} />}
    </section>
  );
};

const AddAgendaItem = ({ meetingId }: { meetingId: string }) => {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = useAddAgendaItem();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write the topic first.');
      return;
    }
    if (trimmed.length > maxAgendaItemLength) {
      setError(`Keep a topic to ${maxAgendaItemLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`);
      return;
    }
    add.mutate(
      { meetingId, text: trimmed },
      {
        onSuccess: () => {
          setText('');
          setError(undefined);
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  return (
    <form className="inline-form" noValidate onSubmit={submit} aria-label="Add to the agenda">
      <div className="field inline-form__field">
        <label className="field__label" htmlFor={`${id}-topic`}>
          Add a topic
        </label>
        <input
          id={`${id}-topic`}
          className="input"
          autoComplete="off"
          value={text}
          readOnly={add.isPending}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-topic-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(undefined);
          }}
        />
        {error ? (
          <p id={`${id}-topic-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add to agenda'}
      </button>
    </form>
  );
};
