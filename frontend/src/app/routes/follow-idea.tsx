import { useParams } from 'react-router';

import { PrivateLayout } from '@/components/layout/private-layout';
import { FollowIdeaPage } from '@/features/ideas/components/follow-idea-page';

export const FollowIdeaRoute = () => {
  const { token = '' } = useParams();
  return (
    <PrivateLayout>
      <FollowIdeaPage key={token} token={token} />
    </PrivateLayout>
  );
};
