import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { ideaKeys, type IdeaDetail } from './idea-cache';

export const getIdeaDocument = graphql(`
  query GetIdea($id: ID!) {
    idea(id: $id) {
      ...IdeaDetailFields
    }
  }
`);

export const getIdeaQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ideaKeys.idea(id),
    queryFn: async ({ signal }): Promise<IdeaDetail | null> => (await execute(getIdeaDocument, { id }, { signal })).idea,
  });

/** One idea with its timeline and comments; `null` when there is no such idea. */
export const useIdea = (id: string) => useQuery(getIdeaQueryOptions(id));
