import { ContentLayout } from '@/components/layout/content-layout';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { MyProfile } from '@/features/people/components/my-profile';
import { ProfileKudos } from '@/features/recognition/components/profile-kudos';

import { useSession } from '../session';

export const MyProfileRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="My profile" description="What colleagues see about you, your kudos, and your password.">
      <MyProfile employeeId={me.id}>
        <ProfileKudos employeeId={me.id} name={me.name} viewerId={me.id} />
      </MyProfile>
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
