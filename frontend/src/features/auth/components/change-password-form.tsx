import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/text-field';
import { errorCode } from '@/lib/graphql';

import { useChangePassword } from '../api/change-password';
import { minPasswordLength, newPasswordError, passwordRules } from '../utils/password-rules';

type ChangePasswordFormProps = {
  /** Called once the new password is set. */
  onChanged?: () => void;
  submitLabel?: string;
};

type FieldErrors = { currentPassword?: string; newPassword?: string };

export const ChangePasswordForm = ({ onChanged, submitLabel = 'Change password' }: ChangePasswordFormProps) => {
  const idPrefix = useId();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [changed, setChanged] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const change = useChangePassword();

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    setChanged(false);
    const next: FieldErrors = {
      currentPassword: currentPassword ? undefined : 'Enter your current password.',
      newPassword: newPasswordError(newPassword, currentPassword),
    };
    setErrors(next);
    if (next.currentPassword || next.newPassword) {
      focusFirstInvalid();
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setChanged(true);
          onChanged?.();
        },
        onError: (error) => {
          // Field problems go beside their field; anything else goes above the button.
          const code = errorCode(error);
          if (code === 'PASSWORD_WRONG') setErrors({ currentPassword: 'This is not your current password.' });
          else if (code === 'PASSWORD_TOO_WEAK') setErrors({ newPassword: error.message });
          else return;
          focusFirstInvalid();
        },
      },
    );
  };

  const code = errorCode(change.error);
  const generalError = change.isError && code !== 'PASSWORD_WRONG' && code !== 'PASSWORD_TOO_WEAK';

  return (
    <form ref={formRef} className="form form--fields" noValidate onSubmit={submit} aria-busy={change.isPending}>
      <TextField
        id={`${idPrefix}-current`}
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        error={errors.currentPassword}
        onChange={(event) => {
          setCurrentPassword(event.target.value);
          setErrors(({ currentPassword: _fixed, ...rest }) => rest);
        }}
      />
      <TextField
        id={`${idPrefix}-new`}
        label="New password"
        hint={passwordRules}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        value={newPassword}
        error={errors.newPassword}
        onChange={(event) => {
          setNewPassword(event.target.value);
          setErrors(({ newPassword: _fixed, ...rest }) => rest);
        }}
      />
      {generalError ? (
        <Alert tone="error" title="The password was not changed">
          <p>{change.error?.message}</p>
        </Alert>
      ) : null}
      {changed ? <Alert tone="success" title="Your password is changed." /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : submitLabel}
        </button>
      </div>
    </form>
  );
};
