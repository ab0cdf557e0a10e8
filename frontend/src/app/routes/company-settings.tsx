import { ContentLayout } from '@/components/layout/content-layout';
import { CompanyProfileForm } from '@/features/company/components/company-profile-form';

import { useSession } from '../session';

export const CompanySettingsRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Company settings"
      description="The profile everyone sees, and the rules that recognition and ideas follow."
    >
      <CompanyProfileForm readOnly={!me.isHrAdmin} />
    </ContentLayout>
  );
};
