import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ChartIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { CompanyInsights } from '@/features/insights/components/company-insights';

import { useSession } from '../session';

export const CompanyInsightsRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Company insights"
      description="Recognition, eNPS, 1:1s, ideas and participation across the company, by team, level and time zone."
      actions={
        me.isManager ? (
          <Link className="button button--secondary" to={paths.teamInsights}>
            Team insights
          </Link>
        ) : undefined
      }
    >
      {me.isHrAdmin ? (
        <CompanyInsights />
      ) : (
        <EmptyState
          icon={<ChartIcon />}
          title="Company insights are for HR admins"
          description="HR admins see recognition, eNPS and participation across the company here."
          action={
            me.isManager ? (
              <Link className="button" to={paths.teamInsights}>
                See your team’s insights
              </Link>
            ) : undefined
          }
        />
      )}
    </ContentLayout>
  );
};
