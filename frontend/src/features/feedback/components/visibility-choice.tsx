import { useId } from 'react';

import type { FeedbackVisibility } from '@/lib/gql/graphql';

type VisibilityChoiceProps = {
  value: FeedbackVisibility;
  onChange: (visibility: FeedbackVisibility) => void;
  /** The recipient's name once chosen. */
  recipientName?: string;
  disabled?: boolean;
};

// Who will be able to read the note, said plainly before it is sent: each option is a radio with its
// consequence beside it (read out as the option's description).
export const VisibilityChoice = ({ value, onChange, recipientName, disabled }: VisibilityChoiceProps) => {
  const name = useId();
  const who = recipientName ?? 'the recipient';
  const options: ReadonlyArray<{ value: FeedbackVisibility; label: string; description: string }> = [
    {
      value: 'PRIVATE',
      label: `Only ${who}`,
      description: `Private between you and ${who}. Their manager and HR do not see it.`,
    },
    {
      value: 'SHARED_WITH_MANAGER',
      label: recipientName ? `${recipientName} and their manager` : 'The recipient and their manager',
      description: `${recipientName ? `${recipientName}’s manager` : 'Their manager'}, anyone above them in the reporting line and HR admins can read it too: useful when it should count in a one-on-one or a review. ${recipientName ?? 'The recipient'} sees that it was shared.`,
    },
  ];
  return (
    <fieldset className="field visibility-choice" disabled={disabled}>
      <legend className="field__label">Who can read it?</legend>
      {options.map((option) => (
        <div key={option.value} className="visibility-choice__option">
          <input
            id={`${name}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            aria-describedby={`${name}-${option.value}-description`}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${name}-${option.value}`} className="visibility-choice__label">
            {option.label}
          </label>
          <p id={`${name}-${option.value}-description`} className="visibility-choice__description">
            {option.description}
          </p>
        </div>
      ))}
    </fieldset>
  );
};
