import { ContentLayout } from '@/components/layout/content-layout';
import { CompanyOverview } from '@/features/company/components/company-overview';

import { useSession } from '../session';

export const HomeRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="Home" description={`Welcome, ${me.name}. Your company at a glance.`}>
      <CompanyOverview canEdit={me.isHrAdmin} />
    </ContentLayout>
  );
};
