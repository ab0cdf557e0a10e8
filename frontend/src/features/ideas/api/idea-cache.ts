import type { InfiniteData, QueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { IdeaCardFieldsFragment, IdeaDetailFieldsFragment } from '@/lib/gql/graphql';

import type { BoardFilter } from '../utils/board-filter';

// Every list of ideas (the board, the queue awaiting an answer) asks for the card's fields, and every
// single idea (its page, the anonymous author's follow page) for the card's and the detail's: so any
// answer can replace the cached copies of an idea wherever it is shown.
// Exported for codegen's sake only: operations spread them by name.
export const ideaCardFields = graphql(`
  fragment IdeaCardFields on Idea {
    id
    title
    problem
    category
    status
    nextStatuses
    author {
      id
      name
    }
    anonymous
    teamName
    owner {
      id
      name
      title
    }
    canAnswer
    canEdit
    mergedIntoId
    mergedIntoTitle
    voteCount
    votedByMe
    followedByMe
    commentCount
    escalationLevel
    createdAt
    answerDueAt
    firstResponseAt
    hoursToFirstResponse
  }
`);

export const ideaDetailFields = graphql(`
  fragment IdeaDetailFields on Idea {
    ...IdeaCardFields
    proposal
    responses {
      id
      fromStatus
      toStatus
      response
      responder {
        id
        name
      }
      createdAt
    }
    comments {
      id
      author {
        id
        name
      }
      text
      createdAt
    }
  }
`);

export type IdeaCard = IdeaCardFieldsFragment;
export type IdeaDetail = IdeaDetailFieldsFragment;
export type IdeaComment = IdeaDetail['comments'][number];
export type IdeaResponse = IdeaDetail['responses'][number];

export type BoardPage = { nodes: IdeaCard[]; endCursor?: string | null; hasNextPage: boolean; totalCount: number };
export type BoardData = InfiniteData<BoardPage, string | null>;

export const ideaKeys = {
  all: ['ideas'] as const,
  boards: ['ideas', 'board'] as const,
  board: (filter: BoardFilter) => ['ideas', 'board', filter] as const,
  idea: (id: string) => ['ideas', 'idea', id] as const,
  follows: ['ideas', 'follow'] as const,
  follow: (token: string) => ['ideas', 'follow', token] as const,
  awaiting: ['ideas', 'awaiting'] as const,
  answerTimes: ['ideas', 'answer-times'] as const,
  filters: ['ideas', 'filters'] as const,
  mergeTargets: (search: string) => ['ideas', 'merge-targets', search] as const,
  people: (search: string) => ['ideas', 'people', search] as const,
};

/**
 * Changes one idea wherever it is cached: on every board page and in the queue (cards), on its page and
 * on its follow page (details). `update` returns the fields that change; the rest stay as they are.
 */
export function updateCachedIdea(queryClient: QueryClient, id: string, update: (idea: IdeaCard) => Partial<IdeaDetail>) {
  queryClient.setQueriesData<BoardData>({ queryKey: ideaKeys.boards }, (data) =>
    data && data.pages.some((page) => page.nodes.some((idea) => idea.id === id))
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            nodes: page.nodes.map((idea) => (idea.id === id ? { ...idea, ...update(idea) } : idea)),
          })),
        }
      : data,
  );
  queryClient.setQueryData<IdeaCard[]>(ideaKeys.awaiting, (ideas) =>
    ideas?.map((idea) => (idea.id === id ? { ...idea, ...update(idea) } : idea)),
  );
  queryClient.setQueryData<IdeaDetail | null>(ideaKeys.idea(id), (idea) => (idea ? { ...idea, ...update(idea) } : idea));
  queryClient.setQueriesData<IdeaDetail | null>({ queryKey: ideaKeys.follows }, (idea) =>
    idea?.id === id ? { ...idea, ...update(idea) } : idea,
  );
}

/** The server's copy of an idea, after a change: the cached copies become it. */
export const replaceCachedIdea = (queryClient: QueryClient, fresh: IdeaCard | IdeaDetail) =>
  updateCachedIdea(queryClient, fresh.id, () => fresh);
