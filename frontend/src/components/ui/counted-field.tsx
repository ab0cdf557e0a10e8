import type { ReactNode } from 'react';

type CountedFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  /** A text area of this many rows; a one-line input without it. */
  rows?: number;
  placeholder?: string;
  required?: boolean;
  readOnly?: boolean;
};

/** A text box that counts its characters against the server's limit as the person types. */
export const CountedField = ({ id, label, hint, error, value, onChange, max, rows, placeholder, required, readOnly }: CountedFieldProps) => {
  const length = value.trim().length;
  const over = length > max;
  const describedBy = [hint ? `${id}-hint` : '', `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    name: id,
    className: 'input counted-field__input',
    value,
    placeholder,
    readOnly,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className="field counted-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      <div className="counted-field__footer">
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : (
          <span />
        )}
        <p id={`${id}-count`} className={`character-count${over ? ' character-count--over' : ''}`} data-testid={`${id}-count`}>
          {length.toLocaleString()} / {max.toLocaleString()}
          <span className="visually-hidden"> characters</span>
        </p>
      </div>
    </div>
  );
};
