import { useParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmployeeProfile } from '@/features/people/components/employee-profile';

import { useSession } from '../session';

export const PersonRoute = () => {
  const me = useSession();
  const { id = '' } = useParams();
  return (
    <ContentLayout title="Profile">
      {/* A new person is a new page: no state carries over from the previous profile. */}
      <EmployeeProfile key={id} id={id} viewerId={me.id} />
    </ContentLayout>
  );
};
