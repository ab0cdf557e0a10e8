import { ContentLayout } from '@/components/layout/content-layout';
import { SubmitIdeaForm } from '@/features/ideas/components/submit-idea-form';

export const NewIdeaRoute = () => (
  <ContentLayout
    title="Submit an idea"
    description="Say what goes wrong and what you suggest. Your manager (or HR, for anonymous ideas) answers every idea in writing."
  >
    <SubmitIdeaForm />
  </ContentLayout>
);
