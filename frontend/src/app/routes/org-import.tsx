import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { LockIcon } from '@/components/ui/icons';
import { OrgImport } from '@/features/people/components/org-import';

import { useSession } from '../session';

export const OrgImportRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Organisation import"
      description="Bring everyone in from your HR system's export: names, teams, managers and time zones."
    >
      {me.isHrAdmin ? (
        <OrgImport />
      ) : (
        <EmptyState
          icon={<LockIcon />}
          title="Only HR admins can import the organisation"
          description="If the directory is out of date, ask an HR admin to import a new export from your HR system."
        />
      )}
    </ContentLayout>
  );
};
