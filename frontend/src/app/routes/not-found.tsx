import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';

export const NotFoundRoute = () => (
  <ContentLayout title="Page not found">
    <EmptyState
      title="There is nothing here"
      description="The address may be mistyped, or the page may have moved."
      action={
        <Link className="button" to={paths.home}>
          Go to Home
        </Link>
      }
    />
  </ContentLayout>
);
