import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import { Avatar } from '@/components/ui/avatar';
import { CloseIcon } from '@/components/ui/icons';
import { plural } from '@/lib/format';

import { useColleagueSearch, type Colleague } from '../api/search-colleagues';

type RecipientPickerProps = {
  id: string;
  label: string;
  error?: string;
  value: ReadonlyArray<Colleague>;
  onChange: (recipients: Colleague[]) => void;
  /** The giver, who is never offered: nobody recognises themselves. */
  excludeId: string;
  max: number;
  disabled?: boolean;
};

const searchDelayMs = 200;
const optionsShown = 8;

// A multi-select typeahead (the WAI-ARIA APG combobox with a listbox popup): focus stays in the text
// box, the arrow keys move through the matches, Enter adds one as a chip, Backspace in an empty box
// takes the last chip back, Escape closes the list.
export const RecipientPicker = ({ id, label, error, value, onChange, excludeId, max, disabled }: RecipientPickerProps) => {
  const listboxId = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useColleagueSearch(search);
  const options = (results.data ?? [])
    .filter((person) => person.id !== excludeId && !value.some((chosen) => chosen.id === person.id))
    .slice(0, optionsShown);
  // Still typing, or the answer for what was typed has not arrived (the previous matches may still show).
  const waiting = text.trim() !== search || results.isPending || (results.isFetching && results.isPlaceholderData);
  const full = value.length >= max;
  const showList = open && text.trim().length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const add = (person: Colleague) => {
    const next = [...value, { id: person.id, name: person.name, title: person.title }];
    onChange(next);
    setText('');
    setSearch('');
    setActive(0);
    setAnnouncement(`${person.name} added. ${plural(next.length, 'colleague', 'colleagues')} chosen.`);
  };

  const remove = (person: Colleague) => {
    const next = value.filter((chosen) => chosen.id !== person.id);
    onChange(next);
    setAnnouncement(`${person.name} removed. ${plural(next.length, 'colleague', 'colleagues')} chosen.`);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive(Math.min(options.length - 1, activeIndex + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive(Math.max(0, activeIndex - 1));
        break;
      case 'Enter':
        // Enter in this box picks a colleague; it never sends the half-composed kudos.
        event.preventDefault();
        if (showList && !waiting && options[activeIndex]) add(options[activeIndex]);
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          setOpen(false);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
      case 'Backspace':
        if (!text && value.length > 0) remove(value[value.length - 1]);
        break;
    }
  };

  const activeOption = showList && activeIndex >= 0 && options[activeIndex] ? `${listboxId}-${options[activeIndex].id}` : undefined;

  return (
    <div className="field recipient-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {full ? `You can recognise up to ${max} colleagues at a time.` : `Type a name, then pick from the list. Up to ${max} people.`}
      </p>
      {/* A click on the box's padding (between chips) means "type here"; the keyboard reaches the input directly. */}
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div
        className={`recipient-picker__box${error ? ' recipient-picker__box--invalid' : ''}${disabled ? ' recipient-picker__box--disabled' : ''}`}
        onClick={(event) => {
          if (event.target === event.currentTarget) inputRef.current?.focus();
        }}
      >
        {value.length > 0 ? (
          <ul className="recipient-picker__chips" aria-label="Chosen colleagues">
            {value.map((person) => (
              <li key={person.id} className="recipient-chip">
                <Avatar name={person.name} size="small" />
                <span className="recipient-chip__name">{person.name}</span>
                <button
                  type="button"
                  className="recipient-chip__remove"
                  aria-label={`Remove ${person.name}`}
                  disabled={disabled}
                  onClick={() => remove(person)}
                >
                  <CloseIcon width={14} height={14} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          ref={inputRef}
          id={id}
          className="recipient-picker__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={full ? '' : value.length ? 'Add another colleague' : 'Start typing a name'}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listboxId}
          aria-activedescendant={activeOption}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          disabled={disabled || full}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {showList ? (
          <div id={listboxId} role="listbox" aria-label="Matching colleagues" className="combobox__list recipient-picker__list">
            {waiting && options.length === 0 ? (
              <div className="combobox__empty">Searching…</div>
            ) : results.isError ? (
              <div className="combobox__empty">Colleagues could not be searched: {results.error.message}</div>
            ) : options.length === 0 ? (
              <div className="combobox__empty">No colleague matches “{text.trim()}”</div>
            ) : (
              options.map((person, index) => (
                // Options take no focus: the keyboard works them from the text box (aria-activedescendant).
                // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
                <div
                  key={person.id}
                  id={`${listboxId}-${person.id}`}
                  role="option"
                  aria-selected={index === activeIndex}
                  className="combobox__option recipient-option"
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(index)}
                  onClick={() => add(person)}
                >
                  <Avatar name={person.name} size="small" />
                  <span className="recipient-option__text">
                    <span className="recipient-option__name">{person.name}</span>
                    <span className="combobox__detail">
                      {person.title}
                      {person.team ? ` · ${person.team.name}` : ''}
                    </span>
                  </span>
                </div>
              ))
            )}
          </div>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
};
