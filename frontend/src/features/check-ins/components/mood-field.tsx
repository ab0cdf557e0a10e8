import { useId } from 'react';

import { moods } from '../utils/mood';

import { MoodFace } from './mood-face';

type MoodFieldProps = {
  value: number | null;
  onChange: (mood: number) => void;
  error?: string;
};

// Native radios (arrow keys, the group read out with its legend), drawn as faces with their words: the face is
// decoration, the word and "n of 5" are what assistive technology reads.
export const MoodField = ({ value, onChange, error }: MoodFieldProps) => {
  const name = useId();
  return (
    <fieldset
      className={`field mood-field${error ? ' mood-field--invalid' : ''}`}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend className="field__label">How was your week?</legend>
      <div className="mood-field__options">
        {moods.map((mood) => (
          <label key={mood.value} className="mood-field__option">
            <input
              className="mood-field__input"
              type="radio"
              name={name}
              value={mood.value}
              checked={value === mood.value}
              onChange={() => onChange(mood.value)}
            />
            <MoodFace mood={mood.value} size={32} />
            <span className="mood-field__label">
              {mood.label}
              <span className="visually-hidden">, {mood.value} of 5</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
