import { ContentLayout } from '@/components/layout/content-layout';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { LockIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';

import { useIdeaByFollowToken } from '../api/get-idea-by-follow-token';

import { IdeaView } from './idea-view';

const title = 'Your anonymous idea';

/** The anonymous author's private page, opened with the link they were given once. */
export const FollowIdeaPage = ({ token }: { token: string }) => {
  const idea = useIdeaByFollowToken(token);

  if (idea.isPending) {
    return (
      <ContentLayout title={title}>
        <Spinner label="Opening your idea…" />
      </ContentLayout>
    );
  }
  if (idea.isError) {
    return (
      <ContentLayout title={title}>
        <LoadError title="Your idea could not be loaded" error={idea.error} onRetry={() => void idea.refetch()} />
      </ContentLayout>
    );
  }
  if (!idea.data) {
    return (
      <ContentLayout title={title}>
        <EmptyState
          icon={<LockIcon />}
          title="This link does not open an idea"
          description="Check that the whole link was copied: it ends with a long code of letters, digits, - and _. Nobody can look up a lost link, not even HR."
        />
      </ContentLayout>
    );
  }

  return (
    <ContentLayout title={idea.data.title}>
      <div className="idea-page__submitted">
        <Alert tone="info" title="Your private page for an anonymous idea">
          <p>
            Only people with this link can open this page, and nobody can see who wrote the idea. You can edit it until it is
            answered. Opening this link leaves it in the browser’s history: on a shared computer, use a private window.
          </p>
        </Alert>
      </div>
      <IdeaView idea={idea.data} mode={{ kind: 'follow', token }} />
    </ContentLayout>
  );
};
