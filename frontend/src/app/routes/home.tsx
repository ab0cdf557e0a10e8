import { ContentLayout } from '@/components/layout/content-layout';
import { CompanyOverview } from '@/features/company/components/company-overview';
import { KudosComposer } from '@/features/recognition/components/kudos-composer';
import { RecognitionFeed } from '@/features/recognition/components/recognition-feed';

import { useSession } from '../session';

export const HomeRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="Home" description={`Welcome, ${me.name}. Your company at a glance.`}>
      <CompanyOverview canEdit={me.isHrAdmin} />
      <div className="page-section card recognition-composer">
        <KudosComposer viewerId={me.id} heading="Recognise a colleague" />
      </div>
      <div className="page-section">
        {/* The company card above shows whether the page is live. */}
        <RecognitionFeed viewer={{ id: me.id, teamId: me.team?.id }} showLiveStatus={false} />
      </div>
    </ContentLayout>
  );
};
