import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { ideaKeys, type IdeaCard } from './idea-cache';

export const getIdeasAwaitingMyAnswerDocument = graphql(`
  query GetIdeasAwaitingMyAnswer {
    ideasAwaitingMyAnswer {
      ...IdeaCardFields
    }
  }
`);

export const getIdeasAwaitingMyAnswerQueryOptions = () =>
  queryOptions({
    queryKey: ideaKeys.awaiting,
    queryFn: async ({ signal }): Promise<IdeaCard[]> =>
      (await execute(getIdeasAwaitingMyAnswerDocument, undefined, { signal })).ideasAwaitingMyAnswer,
  });

// New ideas reach the queue without an event: look again every few minutes while it is on screen.
const refreshEveryMs = 2 * 60_000;

/** Ideas waiting for the signed-in person's first answer, the most overdue first. */
export const useIdeasAwaitingMyAnswer = ({ poll = false } = {}) =>
  useQuery({ ...getIdeasAwaitingMyAnswerQueryOptions(), refetchInterval: poll ? refreshEveryMs : false });
