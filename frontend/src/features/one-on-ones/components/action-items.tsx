import { useId, useState, type FormEvent } from 'react';

import { formatCalendarDate } from '@/lib/format';

import { useAddActionItem } from '../api/add-action-item';
import type { ActionItem, Meeting } from '../api/one-on-one-cache';
import { useSetActionItemDone } from '../api/set-action-item-done';
import { maxActionItemLength } from '../utils/limits';
import { todayLocal } from '../utils/meeting-time';

import { SavedCheckbox } from './saved-checkbox';

type ActionItemsProps = {
  meeting: Meeting;
  viewerId: string;
  closed: boolean;
};

/** What the two agreed to do: open ones follow the series from meeting to meeting until someone ticks them off. */
export const ActionItems = ({ meeting, viewerId, closed }: ActionItemsProps) => {
  const headingId = useId();
  const [error, setError] = useState<string>();
  const setDone = useSetActionItemDone();
  const ownerName = (item: ActionItem) => (item.owner.id === viewerId ? 'You' : item.owner.name);
  const today = todayLocal();

  return (
    <section className="page-section meeting-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Action items
      </h2>
      {meeting.actionItems.length === 0 ? (
        <p className="muted">{closed ? 'No action items came out of this 1:1.' : 'No open action items.'}</p>
      ) : (
        <ul className="action-items" aria-label="Action items">
          {meeting.actionItems.map((item) => (
            <li key={item.id} className={`action-item${item.done ? ' action-item--done' : ''}`} data-testid="action-item">
              <SavedCheckbox
                className="action-item__check"
                checked={item.done}
                disabled={closed}
                aria-label={`Done: ${item.text}`}
                save={(done) => {
                  setError(undefined);
                  return setDone
                    .mutateAsync({ meetingId: meeting.id, itemId: item.id, done })
                    .catch((failure: Error) => setError(failure.message));
                }}
              />
              <div className="action-item__body">
                <p className="action-item__text" data-testid="action-item-text">
                  {item.text}
                </p>
                <p className="action-item__meta">
                  <span data-testid="action-item-owner">{ownerName(item)}</span>
                  {item.dueOn ? <span>due {formatCalendarDate(item.dueOn, 'medium')}</span> : null}
                  {item.dueOn && !item.done && item.dueOn < today ? <span className="action-item__overdue">Overdue</span> : null}
                  {item.done ? <span className="badge badge--muted">Done</span> : null}
                  {item.carriedOver ? (
                    <span className="badge" data-testid="action-item-carried-over" title={`From the 1:1 of ${formatCalendarDate(item.createdFor, 'medium')}`}>
                      Carried over
                    </span>
                  ) : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {closed ? null : <AddActionItem meeting={meeting} viewerId={viewerId} />}
    </section>
  );
};

const AddActionItem = ({ meeting, viewerId }: { meeting: Meeting; viewerId: string }) => {
  const id = useId();
  const { manager, report } = meeting.series;
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(report.id);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string>();
  const add = useAddActionItem();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write what is to be done first.');
      return;
    }
    if (trimmed.length > maxActionItemLength) {
      setError(`Keep an action item to ${maxActionItemLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`);
      return;
    }
    add.mutate(
      { meetingId: meeting.id, input: { text: trimmed, ownerId, dueOn: dueOn || null } },
      {
        onSuccess: () => {
          setText('');
          setDueOn('');
          setError(undefined);
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  // Only the two people of the series can own an action item.
  const people = [manager, report];
  return (
    <form className="form--fields action-item-form" noValidate onSubmit={submit} aria-label="Add an action item">
      <fieldset className="form__body action-item-form__fields" disabled={add.isPending}>
        <div className="field action-item-form__text">
          <label className="field__label" htmlFor={`${id}-text`}>
            New action item
          </label>
          <input
            id={`${id}-text`}
            className="input"
            autoComplete="off"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-text-error` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setError(undefined);
            }}
          />
          {error ? (
            <p id={`${id}-text-error`} className="field__error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-owner`}>
            Owner
          </label>
          <select id={`${id}-owner`} className="input" value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === viewerId ? `${person.name} (you)` : person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-due`}>
            Due (optional)
          </label>
          <input id={`${id}-due`} className="input" type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add action item'}
        </button>
      </div>
    </form>
  );
};
