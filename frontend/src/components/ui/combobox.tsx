import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { ChevronDownIcon } from './icons';

export type ComboboxOption = {
  value: string;
  label: string;
  /** Shown beside the label, dimmed; searched too. */
  detail?: string;
};

type ComboboxProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: ReadonlyArray<ComboboxOption>;
  /** The text in the box: an option's value once one is picked. */
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Said when nothing matches what was typed. */
  noMatches?: string;
};

const normalise = (text: string) => text.toLocaleLowerCase().replaceAll('_', ' ').trim();

const matches = (option: ComboboxOption, query: string) =>
  [option.value, option.label, option.detail ?? ''].some((text) => normalise(text).includes(query));

// The ARIA "editable combobox with list autocomplete" pattern (WAI-ARIA APG): focus stays in the
// text box; arrow keys move through the list via aria-activedescendant; Enter picks; Escape closes.
export const Combobox = ({ id, label, hint, error, options, value, onChange, disabled, noMatches }: ComboboxProps) => {
  const listboxId = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [open, setOpen] = useState(false);
  // null while the list shows everything (opened without typing); the typed text otherwise.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => {
    const normalised = query === null ? '' : normalise(query);
    return normalised ? options.filter((option) => matches(option, normalised)) : options;
  }, [options, query]);

  useEffect(() => {
    if (!open || active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const openAll = () => {
    setQuery(null);
    setOpen(true);
    setActive(Math.max(0, options.findIndex((option) => option.value === value)));
  };

  const pick = (option: ComboboxOption) => {
    onChange(option.value);
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openAll();
        else setActive((current) => Math.min(shown.length - 1, current + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive((current) => Math.max(0, current - 1));
        break;
      case 'Enter':
        if (open && shown[active]) {
          event.preventDefault();
          pick(shown[active]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        }
        break;
    }
  };

  const activeOption = open && active >= 0 && shown[active] ? `${listboxId}-${active}` : undefined;

  return (
    <div className="field combobox">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="combobox__control">
        <input
          ref={inputRef}
          id={id}
          name={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeOption}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          disabled={disabled}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button
          type="button"
          className="combobox__toggle"
          tabIndex={-1}
          aria-label={`Show all options for ${label}`}
          disabled={disabled}
          // Keeps the focus in the text box, where the keyboard works the list.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (open) setOpen(false);
            else openAll();
            inputRef.current?.focus();
          }}
        >
          <ChevronDownIcon />
        </button>
        {open ? (
          <div ref={listRef} id={listboxId} role="listbox" aria-label={label} className="combobox__list">
            {shown.length === 0 ? (
              <div className="combobox__empty">{noMatches ?? 'No matches'}</div>
            ) : (
              shown.map((option, index) => (
                // Options take no focus: the keyboard works them from the text box (aria-activedescendant),
                // which these two rules cannot see.
                // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
                <div
                  key={option.value}
                  id={`${listboxId}-${index}`}
                  data-index={index}
                  role="option"
                  aria-selected={index === active}
                  className={`combobox__option${option.value === value ? ' combobox__option--current' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(index)}
                  onClick={() => pick(option)}
                >
                  <span>{option.label}</span>
                  {option.detail ? <span className="combobox__detail">{option.detail}</span> : null}
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
    </div>
  );
};
