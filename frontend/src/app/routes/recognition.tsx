import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { ChartIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { KudosComposer } from '@/features/recognition/components/kudos-composer';
import { RecognitionFeed } from '@/features/recognition/components/recognition-feed';

import { useSession } from '../session';

export const RecognitionRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Recognition"
      description="Thank colleagues for living the company values, and see who is being recognised."
      actions={
        <Link className="button button--secondary" to={paths.leaderboard}>
          <ChartIcon />
          Leaderboard
        </Link>
      }
    >
      <div className="card recognition-composer">
        <KudosComposer viewerId={me.id} heading="Recognise a colleague" />
      </div>
      <div className="page-section">
        <RecognitionFeed viewer={{ id: me.id, teamId: me.team?.id }} />
      </div>
    </ContentLayout>
  );
};
