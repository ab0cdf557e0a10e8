import { ContentLayout } from '@/components/layout/content-layout';
import { Leaderboard } from '@/features/recognition/components/leaderboard';

import { useSession } from '../session';

export const LeaderboardRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Leaderboard"
      description="Who is recognised most, and who recognises others most, in the company's current month, quarter or year."
    >
      <Leaderboard viewerId={me.id} />
    </ContentLayout>
  );
};
