import { useSingleSignOn } from '../api/get-single-sign-on';

type SingleSignOnProps = {
  /** The page of this app to come back to after signing in. */
  next: string;
};

/**
 * "Sign in with Okta", when the company set up an identity provider. The provider only proves the
 * email address; the server then starts the same session as a password does. Nothing is shown when
 * it is not set up, or cannot be read: the password form still works.
 */
export const SingleSignOn = ({ next }: SingleSignOnProps) => {
  const singleSignOn = useSingleSignOn();
  const provider = singleSignOn.data;
  // Only a path of this site: the button must never lead anywhere else.
  if (!provider || !provider.startUrl.startsWith('/') || provider.startUrl.startsWith('//')) return null;

  const separator = provider.startUrl.includes('?') ? '&' : '?';
  return (
    <div className="single-sign-on">
      <a className="button button--secondary button--block" href={`${provider.startUrl}${separator}next=${encodeURIComponent(next)}`}>
        Sign in with {provider.displayName}
      </a>
      <p className="single-sign-on__or">
        <span>or with your password</span>
      </p>
    </div>
  );
};
