import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { LightbulbIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';

import { useIdea } from '../api/get-idea';

import { IdeaView } from './idea-view';
import type { SubmittedState } from './submit-idea-form';

const backToBoard = (
  <Link className="button button--secondary" to={paths.ideas}>
    All ideas
  </Link>
);

/** An idea's page: its text, its answers and comments, and (for those who may) the answer panel. */
export const IdeaPage = ({ id }: { id: string }) => {
  const idea = useIdea(id);
  const location = useLocation();
  const { submitted } = (location.state ?? {}) as SubmittedState;
  const canAnswer = idea.data?.canAnswer ?? false;

  // "Answer" in the queue links to #answer: bring the panel into view once it is there.
  useEffect(() => {
    if (location.hash !== '#answer' || !canAnswer) return;
    const panel = document.getElementById('answer');
    panel?.scrollIntoView({ block: 'start' });
    panel?.focus({ preventScroll: true });
  }, [location.hash, canAnswer]);

  if (idea.isPending) {
    return (
      <ContentLayout title="Idea">
        <Spinner label="Loading the idea…" />
      </ContentLayout>
    );
  }
  if (idea.isError) {
    return (
      <ContentLayout title="Idea" actions={backToBoard}>
        <LoadError title="The idea could not be loaded" error={idea.error} onRetry={() => void idea.refetch()} />
      </ContentLayout>
    );
  }
  if (!idea.data) {
    return (
      <ContentLayout title="Idea not found" actions={backToBoard}>
        <EmptyState
          icon={<LightbulbIcon />}
          title="There is no such idea"
          description="The link may be mistyped, or the idea may have been removed."
        />
      </ContentLayout>
    );
  }

  return (
    <ContentLayout title={idea.data.title} actions={backToBoard}>
      {submitted ? (
        <div className="idea-page__submitted">
          <Alert tone="success" title="Your idea is on the board.">
            <p>
              {idea.data.owner ? `${idea.data.owner.name} answers it` : 'HR answers it'}; you are told when they do, and you
              can edit it until then.
            </p>
          </Alert>
        </div>
      ) : null}
      <IdeaView idea={idea.data} mode={{ kind: 'member' }} />
    </ContentLayout>
  );
};
