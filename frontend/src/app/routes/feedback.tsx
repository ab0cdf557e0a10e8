import { ContentLayout } from '@/components/layout/content-layout';
import { FeedbackInbox } from '@/features/feedback/components/feedback-inbox';
import { FeedbackNav } from '@/features/feedback/components/feedback-nav';

import { useSession } from '../session';

export const FeedbackRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="Feedback" description="Feedback you received and gave, and the requests between you and your colleagues.">
      <FeedbackNav />
      <FeedbackInbox viewerId={me.id} />
    </ContentLayout>
  );
};
