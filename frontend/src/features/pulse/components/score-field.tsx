import { useId } from 'react';

type ScoreFieldProps = {
  question: string;
  value: number | null;
  onChange: (score: number) => void;
  error?: string;
};

const scores = Array.from({ length: 11 }, (_, score) => score);

// Eleven native radios in a row (arrow keys move along the scale); the words at the ends are part of the names of
// 0 and 10 for assistive technology, and shown under the scale for the eye.
export const ScoreField = ({ question, value, onChange, error }: ScoreFieldProps) => {
  const name = useId();
  return (
    <fieldset className={`field score-field${error ? ' score-field--invalid' : ''}`} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="score-field__question">{question}</legend>
      <div className="score-field__scale">
        {scores.map((score) => (
          <label key={score} className="score-field__option">
            <input
              className="score-field__input"
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span className="score-field__number">
              {score}
              {score === 0 ? <span className="visually-hidden"> (not at all likely)</span> : null}
              {score === 10 ? <span className="visually-hidden"> (extremely likely)</span> : null}
            </span>
          </label>
        ))}
      </div>
      <p className="score-field__ends" aria-hidden="true">
        <span>Not at all likely</span>
        <span>Extremely likely</span>
      </p>
      {error ? (
        <p id={`${name}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
