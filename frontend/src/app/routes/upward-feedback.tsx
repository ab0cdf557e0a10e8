import { ContentLayout } from '@/components/layout/content-layout';
import { FeedbackNav } from '@/features/feedback/components/feedback-nav';
import { UpwardFeedback } from '@/features/feedback/components/upward-feedback';

import { useSession } from '../session';

export const UpwardFeedbackRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="Upward feedback" description="Tell your manager, anonymously, what helps and what gets in the way.">
      <FeedbackNav />
      <UpwardFeedback isManager={me.isManager} />
    </ContentLayout>
  );
};
