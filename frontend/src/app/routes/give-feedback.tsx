import { ContentLayout } from '@/components/layout/content-layout';
import { FeedbackNav } from '@/features/feedback/components/feedback-nav';
import { GiveFeedbackForm } from '@/features/feedback/components/give-feedback-form';

import { useSession } from '../session';

export const GiveFeedbackRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="Give feedback" description="Tell a colleague what went well, or what could go better. They see your name.">
      <FeedbackNav />
      <div className="card form">
        <GiveFeedbackForm viewerId={me.id} />
      </div>
    </ContentLayout>
  );
};
