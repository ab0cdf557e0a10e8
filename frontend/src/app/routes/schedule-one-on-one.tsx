import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { paths } from '@/config/paths';
import { ScheduleSeries } from '@/features/one-on-ones/components/schedule-series';

export const ScheduleOneOnOneRoute = () => {
  const { reportId = '' } = useParams();
  return (
    <ContentLayout
      title="Schedule 1:1s"
      description="Choose how often and when you meet; the meetings follow from the schedule."
      actions={
        <Link className="button button--secondary" to={paths.teamOneOnOnes}>
          Team 1:1s
        </Link>
      }
    >
      <ScheduleSeries key={reportId} reportId={reportId} />
    </ContentLayout>
  );
};
