import { ContentLayout } from '@/components/layout/content-layout';
import { Directory } from '@/features/people/components/directory';

export const DirectoryRoute = () => (
  <ContentLayout title="Directory" description="Find colleagues by name, email, title or team.">
    <Directory />
  </ContentLayout>
);
