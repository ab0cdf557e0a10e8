import { Link, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ChartIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { ManagerInsights } from '@/features/insights/components/manager-insights';

import { useSession } from '../session';

export const TeamInsightsRoute = () => {
  const me = useSession();
  const [searchParams] = useSearchParams();
  // HR admins may look at any manager's line from a shared link, whether or not they manage anyone themselves.
  const allowed = me.isManager || (me.isHrAdmin && searchParams.has('manager'));
  return (
    <ContentLayout
      title="Team insights"
      description="Recognition, check-ins, 1:1s and ideas across your whole reporting line, over the period you choose."
      actions={
        me.isHrAdmin ? (
          <Link className="button button--secondary" to={paths.companyInsights}>
            Company insights
          </Link>
        ) : undefined
      }
    >
      {allowed ? (
        <ManagerInsights viewerId={me.id} />
      ) : (
        <EmptyState
          icon={<ChartIcon />}
          title="Team insights are for managers"
          description="When people report to you, this page shows how recognition, check-ins, 1:1s and ideas go across your reporting line."
          action={
            <Link className="button" to={paths.home}>
              Go to the home page
            </Link>
          }
        />
      )}
    </ContentLayout>
  );
};
