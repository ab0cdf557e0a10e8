import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { PlusIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { AnswerTimes } from '@/features/ideas/components/answer-times';
import { AwaitingAnswerLink } from '@/features/ideas/components/awaiting-answer-link';
import { IdeasBoard } from '@/features/ideas/components/ideas-board';

import { useSession } from '../session';

export const IdeasRoute = () => {
  const me = useSession();
  return (
    <ContentLayout
      title="Ideas"
      description="Ideas to make work better: vote for the ones you want, and see every answer."
      actions={
        <>
          <AwaitingAnswerLink always={me.isManager || me.isHrAdmin} />
          <Link className="button" to={paths.newIdea}>
            <PlusIcon />
            Submit an idea
          </Link>
        </>
      }
    >
      <AnswerTimes />
      <div className="page-section">
        <IdeasBoard />
      </div>
    </ContentLayout>
  );
};
