import { useEffect, useId, useRef, useState } from 'react';

import { ComboboxListbox, optionDomId, useListboxNavigation } from './combobox-listbox';
import { CloseIcon } from './icons';

export type PickerOption = { id: string; label: string; detail?: string };

type SearchPickerProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  placeholder?: string;
  value: PickerOption | null;
  onChange: (option: PickerOption | null) => void;
  /** Told what was typed once typing pauses; the caller searches and passes the matches in. */
  onSearch: (search: string) => void;
  options: ReadonlyArray<PickerOption>;
  /** The matches for the latest search have not arrived yet. */
  searching: boolean;
  searchError?: Error | null;
  /** "No idea matches" and the like. */
  noMatches: string;
  disabled?: boolean;
};

const searchDelayMs = 250;

// A single-choice typeahead (the WAI-ARIA APG combobox with a listbox popup): the focus stays in the text
// box, the arrow keys move through the matches, Enter picks one, Escape closes the list. Once picked, the
// choice shows with a button that clears it.
export const SearchPicker = ({
  id,
  label,
  hint,
  error,
  placeholder,
  value,
  onChange,
  onSearch,
  options,
  searching,
  searchError,
  noMatches,
  disabled,
}: SearchPickerProps) => {
  const listboxId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // What was last handed to onSearch: until it catches up with the box, the matches are out of date.
  const [searched, setSearched] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });

  useEffect(() => {
    const timer = setTimeout(() => {
      setSearched(text.trim());
      onSearchRef.current(text.trim());
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const showList = open && text.trim().length > 0;
  const waiting = searching || text.trim() !== searched;

  const pick = (option: PickerOption) => {
    onChange(option);
    setText('');
    setOpen(false);
    setActive(0);
    requestAnimationFrame(() => clearRef.current?.focus());
  };
  const { activeIndex, setActive, onKeyDown } = useListboxNavigation({ options, showList, waiting, onPick: pick, onClose: () => setOpen(false) });

  return (
    <div className="field search-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {value ? (
        <div className="search-picker__chosen">
          {/* An <output> can carry the label: the choice is read out as the field's value. */}
          <output id={id} className="search-picker__chosen-label" aria-describedby={describedBy}>
            {value.label}
            {value.detail ? <span className="combobox__detail"> · {value.detail}</span> : null}
          </output>
          <button
            ref={clearRef}
            type="button"
            className="icon-button"
            aria-label={`Remove ${value.label}`}
            disabled={disabled}
            onClick={() => {
              onChange(null);
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
          >
            <CloseIcon width={16} height={16} />
          </button>
        </div>
      ) : (
        <div className="search-picker__box">
          <input
            ref={inputRef}
            id={id}
            className="input"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listboxId}
            aria-activedescendant={showList && options[activeIndex] ? optionDomId(listboxId, options[activeIndex].id) : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            disabled={disabled}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') setOpen(true);
              onKeyDown(event);
            }}
          />
          {showList ? (
            <ComboboxListbox
              id={listboxId}
              label={`${label}: matches`}
              options={options}
              activeIndex={activeIndex}
              setActive={setActive}
              onPick={pick}
              status={
                searchError
                  ? `The search failed: ${searchError.message}`
                  : waiting && options.length === 0
                    ? 'Searching…'
                    : options.length === 0
                      ? noMatches
                      : null
              }
              renderOption={(option) => (
                <>
                  <span>{option.label}</span>
                  {option.detail ? <span className="combobox__detail">{option.detail}</span> : null}
                </>
              )}
            />
          ) : null}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
};
