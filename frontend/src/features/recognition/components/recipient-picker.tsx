import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import { Avatar } from '@/components/ui/avatar';
import { ComboboxListbox, optionDomId, useListboxNavigation } from '@/components/ui/combobox-listbox';
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

  const { activeIndex, setActive, onKeyDown } = useListboxNavigation({ options, showList, waiting, onPick: add, onClose: () => setOpen(false) });

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setOpen(true);
    if (onKeyDown(event)) return;
    if (event.key === 'Escape' && text) {
      event.preventDefault();
      setText('');
    } else if (event.key === 'Backspace' && !text && value.length > 0) {
      remove(value[value.length - 1]);
    }
  };

  const activeOption = showList && activeIndex >= 0 && options[activeIndex] ? optionDomId(listboxId, options[activeIndex].id) : undefined;

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
          onKeyDown={onInputKeyDown}
        />
        {showList ? (
          <ComboboxListbox
            id={listboxId}
            label="Matching colleagues"
            className="recipient-picker__list"
            optionClassName="recipient-option"
            options={options}
            activeIndex={activeIndex}
            setActive={setActive}
            onPick={add}
            status={
              waiting && options.length === 0
                ? 'Searching…'
                : results.isError
                  ? `Colleagues could not be searched: ${results.error.message}`
                  : options.length === 0
                    ? `No colleague matches “${text.trim()}”`
                    : null
            }
            renderOption={(person) => (
              <>
                <Avatar name={person.name} size="small" />
                <span className="recipient-option__text">
                  <span className="recipient-option__name">{person.name}</span>
                  <span className="combobox__detail">
                    {person.title}
                    {person.team ? ` · ${person.team.name}` : ''}
                  </span>
                </span>
              </>
            )}
          />
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
