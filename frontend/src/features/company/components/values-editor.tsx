import { useRef } from 'react';

import { CloseIcon, PlusIcon } from '@/components/ui/icons';

type ValuesEditorProps = {
  values: string[];
  errors?: Array<string | undefined>;
  listError?: string;
  onChange: (values: string[]) => void;
};

export const ValuesEditor = ({ values, errors, listError, onChange }: ValuesEditorProps) => {
  const listRef = useRef<HTMLOListElement>(null);

  const focusInput = (index: number) =>
    // After React has rendered the changed list.
    requestAnimationFrame(() => listRef.current?.querySelectorAll('input')[index]?.focus());

  const add = () => {
    onChange([...values, '']);
    focusInput(values.length);
  };

  const remove = (index: number) => {
    onChange(values.filter((_, position) => position !== index));
    if (values.length > 1) focusInput(Math.max(0, index - 1));
  };

  return (
    <fieldset className="field values-editor" aria-describedby="values-hint">
      <legend className="field__label">Values</legend>
      <p id="values-hint" className="field__hint">
        What people recognise each other for, such as “Customer first”. Shown as tags on kudos.
      </p>
      {values.length === 0 ? <p className="muted">No values yet.</p> : null}
      <ol className="values-editor__list" ref={listRef}>
        {values.map((value, index) => {
          const error = errors?.[index];
          const errorId = `value-${index}-error`;
          return (
            // Values are edited in place, so their position is their identity while the form is open.
            <li key={index} className="values-editor__row">
              <div className="values-editor__input">
                <input
                  type="text"
                  className="input"
                  aria-label={`Value ${index + 1}`}
                  value={value}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) =>
                    onChange(values.map((current, position) => (position === index ? event.target.value : current)))
                  }
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      add();
                    }
                  }}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove value ${index + 1}${value ? ` (${value})` : ''}`}
                  onClick={() => remove(index)}
                >
                  <CloseIcon />
                </button>
              </div>
              {error ? (
                <p id={errorId} className="field__error">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {listError ? <p className="field__error">{listError}</p> : null}
      <button type="button" className="button button--ghost" onClick={add}>
        <PlusIcon /> Add value
      </button>
    </fieldset>
  );
};
