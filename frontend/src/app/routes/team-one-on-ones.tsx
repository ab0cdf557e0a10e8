import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { TeamOneOnOnes } from '@/features/one-on-ones/components/team-one-on-ones';

import { useSession } from '../session';

export const TeamOneOnOnesRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Team 1:1s"
      description="Your direct reports’ 1:1s: how often you meet, when you last did, and what is still open."
      actions={
        <Link className="button button--secondary" to={paths.oneOnOnes}>
          My 1:1s
        </Link>
      }
    >
      {me.isManager ? (
        <TeamOneOnOnes />
      ) : (
        <EmptyState
          icon={<UsersIcon />}
          title="Team 1:1s are for managers"
          description="When people report to you, you schedule and follow their 1:1s here. Your own 1:1s are on My 1:1s."
          action={
            <Link className="button" to={paths.oneOnOnes}>
              Go to my 1:1s
            </Link>
          }
        />
      )}
    </ContentLayout>
  );
};
