import { useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/text-field';
import { errorCode } from '@/lib/graphql';

import { useSignIn } from '../api/sign-in';

type FieldErrors = { email?: string; password?: string };

// The same words whether the email is unknown or the password wrong: the form must not tell a
// stranger which addresses have an account.
const signInFailed = 'Email or password is wrong. Check both and try again.';

/** Signs in; the page around it moves on once `me` is set. */
export const SignInForm = () => {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const signIn = useSignIn();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.reset();
    const next: FieldErrors = {
      email: email.trim() ? undefined : 'Enter your work email.',
      password: password ? undefined : 'Enter your password.',
    };
    setErrors(next);
    if (next.email || next.password) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    signIn.mutate({ email: email.trim(), password });
  };

  const failure = signIn.error;
  const failureCode = errorCode(failure);

  return (
    <form ref={formRef} className="form sign-in-form" noValidate onSubmit={submit} aria-busy={signIn.isPending}>
      {failure ? (
        <Alert
          tone="error"
          title={
            failureCode === 'SIGN_IN_FAILED'
              ? signInFailed
              : failureCode === 'SIGN_IN_THROTTLED'
                ? 'Too many attempts'
                : 'You could not be signed in'
          }
        >
          {failureCode === 'SIGN_IN_FAILED' ? null : <p data-testid="sign-in-error">{failure.message}</p>}
        </Alert>
      ) : null}
      <TextField
        id="email"
        label="Work email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        error={errors.email}
        onChange={(event) => {
          setEmail(event.target.value);
          setErrors(({ email: _fixed, ...rest }) => rest);
        }}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        onChange={(event) => {
          setPassword(event.target.value);
          setErrors(({ password: _fixed, ...rest }) => rest);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--block" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
};
