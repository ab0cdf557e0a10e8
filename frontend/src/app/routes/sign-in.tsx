import { Navigate, useLocation, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { Alert } from '@/components/ui/alert';
import { FullPageStatus } from '@/components/layout/full-page-status';
import { Spinner } from '@/components/ui/spinner';
import { safeNextPath } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { SingleSignOn } from '@/features/auth/components/single-sign-on';

import type { SignInState } from '../session';

export const SignInRoute = () => {
  const me = useMe();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const next = safeNextPath(searchParams.get('next'));

  if (me.isPending) {
    return (
      <FullPageStatus>
        <Spinner label="Loading Engagement…" />
      </FullPageStatus>
    );
  }
  // Signed in already, or just now: on to the page that was asked for.
  if (me.data) return <Navigate to={`${next}${location.hash}`} replace />;

  const { sessionExpired } = (location.state ?? {}) as SignInState;
  return (
    <AuthLayout title="Sign in" description={<p>Sign in with your work email to continue.</p>}>
      {sessionExpired ? (
        <Alert tone="info" title="Your session has expired">
          <p>Sign in again to continue where you were.</p>
        </Alert>
      ) : null}
      {/* The server sends people back here when their company account is not someone in the organisation. */}
      {searchParams.get('error') === 'sso-unknown' ? (
        <Alert tone="error" title="Your company account could not sign you in">
          <p>Engagement knows no active colleague with its email address. Ask an HR admin to check your email in the directory.</p>
        </Alert>
      ) : null}
      <SingleSignOn next={next} />
      <SignInForm />
    </AuthLayout>
  );
};
