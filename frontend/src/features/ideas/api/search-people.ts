import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { SearchIdeaOwnersQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { ideaKeys } from './idea-cache';

export const searchIdeaOwnersDocument = graphql(`
  query SearchIdeaOwners($search: String!, $first: Int) {
    directory(search: $search, first: $first) {
      nodes {
        id
        name
        title
        team {
          name
        }
      }
    }
  }
`);

export type Person = SearchIdeaOwnersQuery['directory']['nodes'][number];

const matchesAsked = 8;

export const searchPeopleQueryOptions = (search: string) =>
  queryOptions({
    queryKey: ideaKeys.people(search),
    queryFn: async ({ signal }) =>
      (await execute(searchIdeaOwnersDocument, { search, first: matchesAsked }, { signal })).directory.nodes,
  });

/** Active colleagues who could own an idea (the directory lists only active people); idle while `search` is empty. */
export const usePeopleSearch = (search: string) =>
  useQuery({ ...searchPeopleQueryOptions(search), enabled: search.length > 0, placeholderData: keepPreviousData });
