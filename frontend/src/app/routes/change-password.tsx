import { AuthLayout } from '@/components/layout/auth-layout';
import { useSignOut } from '@/features/auth/api/sign-out';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

/** Shown instead of any page while the person signed in with a temporary password. */
export const ChangePasswordRoute = () => {
  const signOut = useSignOut();
  return (
    <AuthLayout
      title="Choose your own password"
      description={<p>You signed in with a temporary password. Choose a new one to continue; you will use it from now on.</p>}
    >
      <ChangePasswordForm submitLabel="Save and continue" />
      <p className="auth-page__footer">
        <button type="button" className="button button--ghost" onClick={() => void signOut()}>
          Sign out instead
        </button>
      </p>
    </AuthLayout>
  );
};
