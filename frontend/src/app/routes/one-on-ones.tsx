import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { paths } from '@/config/paths';
import { MyOneOnOnes } from '@/features/one-on-ones/components/my-one-on-ones';

import { useSession } from '../session';

export const OneOnOnesRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="My 1:1s"
      description="Your one-on-ones: prepare a shared agenda, keep notes, and follow up on what you agreed."
      actions={
        me.isManager ? (
          <Link className="button button--secondary" to={paths.teamOneOnOnes}>
            Team 1:1s
          </Link>
        ) : null
      }
    >
      <MyOneOnOnes isManager={me.isManager} />
    </ContentLayout>
  );
};
