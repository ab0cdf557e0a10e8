import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { ClipboardIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { TeamReports } from '@/features/people/components/team-reports';

import { useSession } from '../session';

/** `/team` is the signed-in person's own team; `/team/:managerId` any team in their reporting line. */
export const TeamRoute = () => {
  const me = useSession();
  const { managerId = me.id } = useParams();
  const own = managerId === me.id;
  return (
    <ContentLayout
      title={own ? 'My team' : 'Team'}
      description={own ? 'The people who report to you.' : 'A team in your reporting line.'}
      actions={
        own && me.isManager ? (
          <Link className="button button--secondary" to={paths.teamCheckIns}>
            <ClipboardIcon />
            Check-ins
          </Link>
        ) : undefined
      }
    >
      <TeamReports key={managerId} managerId={managerId} viewerId={me.id} />
    </ContentLayout>
  );
};
