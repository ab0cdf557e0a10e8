import { useParams } from 'react-router';

import { IdeaPage } from '@/features/ideas/components/idea-page';

export const IdeaRoute = () => {
  const { id = '' } = useParams();
  // Another idea is another page: no state (forms, notices) carries over.
  return <IdeaPage key={id} id={id} />;
};
