import { ContentLayout } from '@/components/layout/content-layout';
import { CompanyProfileForm } from '@/features/company/components/company-profile-form';

export const CompanySettingsRoute = () => (
  <ContentLayout
    title="Company settings"
    description="The profile everyone sees, and the rules that recognition and ideas follow."
  >
    <CompanyProfileForm />
  </ContentLayout>
);
