import { useId } from 'react';

export type Option<T extends string> = { value: T; label: string };

type OptionGroupProps<T extends string> = {
  label: string;
  options: ReadonlyArray<Option<T>>;
  /** The chosen option, or '' for none yet. */
  value: T | '';
  onChange: (value: T) => void;
  /** `segmented` joins the options into one control; `pills` wraps them as separate chips. */
  variant?: 'segmented' | 'pills';
  hint?: string;
  error?: string;
  disabled?: boolean;
  /** Hides the legend visually (it is still read out) where the options explain themselves. */
  hideLabel?: boolean;
};

// Radio buttons that look like buttons: native radios keep the arrow keys and the announcement of the
// group; each input covers its label, so a click anywhere on the option reaches the input itself.
export const OptionGroup = <T extends string>({
  label,
  options,
  value,
  onChange,
  variant = 'segmented',
  hint,
  error,
  disabled,
  hideLabel,
}: OptionGroupProps<T>) => {
  const name = useId();
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset
      className={`field option-group option-group--${variant}${error ? ' option-group--invalid' : ''}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      disabled={disabled}
    >
      <legend className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="option-group__options">
        {options.map((option) => (
          <label key={option.value} className="option-group__option">
            <input
              className="option-group__input"
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span className="option-group__label">{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
