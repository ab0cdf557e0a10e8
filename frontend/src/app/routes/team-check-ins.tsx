import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ClipboardIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { TeamCheckIns } from '@/features/check-ins/components/team-check-ins';

import { useSession } from '../session';

export const TeamCheckInsRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Team check-ins"
      description="Your direct reports’ weekly check-ins: read them, reply, and see who has not checked in."
      actions={
        <Link className="button button--secondary" to={paths.myTeam}>
          My team
        </Link>
      }
    >
      {me.isManager ? (
        <TeamCheckIns />
      ) : (
        <EmptyState
          icon={<ClipboardIcon />}
          title="Team check-ins are for managers"
          description="When people report to you, their weekly check-ins show here. Your own check-in is on the Check-in page."
          action={
            <Link className="button" to={paths.checkIn}>
              Go to my check-in
            </Link>
          }
        />
      )}
    </ContentLayout>
  );
};
