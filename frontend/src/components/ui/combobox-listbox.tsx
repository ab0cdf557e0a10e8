import { useState, type KeyboardEvent, type ReactNode } from 'react';

// The shared half of the project's typeaheads (the WAI-ARIA APG combobox with a listbox popup): the focus stays
// in the text box, the arrow keys move through the matches, Enter picks the active one, Escape closes the list.

type Navigation<T> = {
  options: ReadonlyArray<T>;
  /** The list is open and showing matches for what was typed. */
  showList: boolean;
  /** The matches shown are not yet those of the latest search: Enter must not pick a stale one. */
  waiting: boolean;
  onPick: (option: T) => void;
  onClose: () => void;
};

export const useListboxNavigation = <T,>({ options, showList, waiting, onPick, onClose }: Navigation<T>) => {
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, options.length - 1);

  /** True when the key was a combobox key and is handled; the caller may handle others. */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive(Math.min(options.length - 1, activeIndex + 1));
        return true;
      case 'ArrowUp':
        event.preventDefault();
        setActive(Math.max(0, activeIndex - 1));
        return true;
      case 'Enter':
        // Enter in a picker picks; it never sends the form around it.
        event.preventDefault();
        if (showList && !waiting && options[activeIndex]) onPick(options[activeIndex]);
        return true;
      case 'Escape':
        if (!showList) return false;
        event.preventDefault();
        onClose();
        return true;
      default:
        return false;
    }
  };

  return { activeIndex, setActive, onKeyDown };
};

type ListboxProps<T extends { id: string }> = {
  id: string;
  label: string;
  className?: string;
  options: ReadonlyArray<T>;
  activeIndex: number;
  setActive: (index: number) => void;
  onPick: (option: T) => void;
  /** Shown instead of the options: searching, a failed search, no match. */
  status: string | null;
  optionClassName?: string;
  renderOption: (option: T) => ReactNode;
};

export const optionDomId = (listboxId: string, optionId: string) => `${listboxId}-${optionId}`;

export const ComboboxListbox = <T extends { id: string }>({
  id,
  label,
  className,
  options,
  activeIndex,
  setActive,
  onPick,
  status,
  optionClassName,
  renderOption,
}: ListboxProps<T>) => (
  <div id={id} role="listbox" aria-label={label} className={`combobox__list${className ? ` ${className}` : ''}`}>
    {status !== null ? (
      <div className="combobox__empty">{status}</div>
    ) : (
      options.map((option, index) => (
        // Options take no focus: the keyboard works them from the text box (aria-activedescendant).
        // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
        <div
          key={option.id}
          id={optionDomId(id, option.id)}
          role="option"
          aria-selected={index === activeIndex}
          className={`combobox__option${optionClassName ? ` ${optionClassName}` : ''}`}
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => setActive(index)}
          onClick={() => onPick(option)}
        >
          {renderOption(option)}
        </div>
      ))
    )}
  </div>
);
