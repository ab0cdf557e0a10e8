import { ContentLayout } from '@/components/layout/content-layout';
import { FeedbackNav } from '@/features/feedback/components/feedback-nav';
import { RequestFeedbackForm } from '@/features/feedback/components/request-feedback-form';

import { useSession } from '../session';

export const RequestFeedbackRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Request feedback"
      description={
        me.isManager
          ? 'Ask colleagues a question about your work, or about the work of one of your reports.'
          : 'Ask colleagues a question about your work.'
      }
    >
      <FeedbackNav />
      <RequestFeedbackForm viewer={{ id: me.id, isManager: me.isManager }} />
    </ContentLayout>
  );
};
