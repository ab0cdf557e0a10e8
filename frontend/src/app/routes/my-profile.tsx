import { ContentLayout } from '@/components/layout/content-layout';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { MyProfile } from '@/features/people/components/my-profile';

import { useSession } from '../session';

export const MyProfileRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="My profile" description="What colleagues see about you, and your password.">
      <MyProfile employeeId={me.id} />
      <section className="page-section" aria-labelledby="password-heading">
        <h2 id="password-heading" className="section-title">
          Password
        </h2>
        <div className="card">
          <ChangePasswordForm />
        </div>
      </section>
    </ContentLayout>
  );
};
