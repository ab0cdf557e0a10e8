import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { paths } from '@/config/paths';
import { SeriesSettings } from '@/features/one-on-ones/components/series-settings';

export const OneOnOneSeriesRoute = () => {
  const { seriesId = '' } = useParams();
  return (
    <ContentLayout
      title="1:1 schedule"
      description="How often and when the 1:1s of this series meet."
      actions={
        <Link className="button button--secondary" to={paths.oneOnOnes}>
          My 1:1s
        </Link>
      }
    >
      <SeriesSettings key={seriesId} seriesId={seriesId} />
    </ContentLayout>
  );
};
