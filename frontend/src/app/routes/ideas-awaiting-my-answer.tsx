import { ContentLayout } from '@/components/layout/content-layout';
import { AwaitingAnswer } from '@/features/ideas/components/awaiting-answer';

export const IdeasAwaitingMyAnswerRoute = () => (
  <ContentLayout
    title="Awaiting my answer"
    description="Ideas waiting for your first answer, the most overdue first. Unanswered ideas are raised to the owner’s manager."
  >
    <AwaitingAnswer />
  </ContentLayout>
);
