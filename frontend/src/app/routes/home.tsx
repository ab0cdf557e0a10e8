import { ContentLayout } from '@/components/layout/content-layout';
import { CompanyOverview } from '@/features/company/components/company-overview';

export const HomeRoute = () => (
  <ContentLayout title="Home" description="Your company at a glance.">
    <CompanyOverview />
  </ContentLayout>
);
