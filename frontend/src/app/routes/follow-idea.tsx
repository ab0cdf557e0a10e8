import { useLocation } from 'react-router';

import { PrivateLayout } from '@/components/layout/private-layout';
import { FollowIdeaPage } from '@/features/ideas/components/follow-idea-page';

export const FollowIdeaRoute = () => {
  const token = decodeURIComponent(useLocation().hash.replace(/^#/, ''));
  return (
    <PrivateLayout>
      <FollowIdeaPage key={token} token={token} />
    </PrivateLayout>
  );
};
