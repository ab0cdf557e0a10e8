import { useRef, useState } from 'react';

type SavedCheckboxProps = {
  /** As the server has it. */
  checked: boolean;
  /** Saves the person's choice; settles once the server's answer is in the cache. */
  save: (checked: boolean) => Promise<unknown>;
  'aria-label': string;
  className?: string;
  disabled?: boolean;
};

/**
 * A checkbox for a value the server keeps. A controlled checkbox would spring back until the saved meeting reaches
 * the cache, so it shows the person's latest choice until their latest save has settled, then the server's value.
 */
export const SavedCheckbox = ({ checked, save, ...input }: SavedCheckboxProps) => {
  const [choice, setChoice] = useState<boolean>();
  const latest = useRef(0);
  return (
    <input
      type="checkbox"
      {...input}
      checked={choice ?? checked}
      onChange={(event) => {
        const value = event.target.checked;
        const attempt = ++latest.current;
        setChoice(value);
        void save(value).finally(() => {
          if (attempt === latest.current) setChoice(undefined);
        });
      }}
    />
  );
};
