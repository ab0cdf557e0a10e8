import type { ComponentType } from 'react';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';

type ComingSoonRouteProps = {
  title: string;
  icon: ComponentType;
  description: string;
};

export const ComingSoonRoute = ({ title, icon: Icon, description }: ComingSoonRouteProps) => (
  <ContentLayout title={title}>
    <EmptyState icon={<Icon />} title={`${title} is coming soon`} description={description} />
  </ContentLayout>
);
