import { createContext, use } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

import { FullPageStatus } from '@/components/layout/full-page-status';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { signInPath } from '@/config/paths';
import { useMe, type SignedInEmployee } from '@/features/auth/api/get-me';
import { lastSessionLoss } from '@/lib/session';

import { ChangePasswordRoute } from './routes/change-password';

const SessionContext = createContext<SignedInEmployee | null>(null);

/** The signed-in person; only for components under <RequireSession>. */
export function useSession(): SignedInEmployee {
  const me = use(SessionContext);
  if (!me) throw new Error('useSession is used outside <RequireSession>.');
  return me;
}

export type SignInState = { sessionExpired?: boolean };

/**
 * The gate of every page but sign-in: nobody signed in (or the session was lost on any request,
 * see AppProvider) → sign-in, coming back here afterwards; a temporary password → a new one first.
 */
export const RequireSession = () => {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <FullPageStatus>
        <Spinner label="Loading Engagement…" />
      </FullPageStatus>
    );
  }
  if (me.data === null) {
    const state: SignInState = { sessionExpired: lastSessionLoss() === 'SESSION_EXPIRED' };
    // The fragment stays in the browser (it may hold a private follow token) and comes back after sign-in.
    return <Navigate to={`${signInPath(`${location.pathname}${location.search}`)}${location.hash}`} state={state} replace />;
  }
  if (!me.data) {
    return (
      <FullPageStatus>
        <LoadError title="Engagement could not be loaded" error={me.error} onRetry={() => void me.refetch()} />
      </FullPageStatus>
    );
  }
  if (me.data.mustChangePassword) return <ChangePasswordRoute />;
  return (
    <SessionContext value={me.data}>
      <Outlet />
    </SessionContext>
  );
};
