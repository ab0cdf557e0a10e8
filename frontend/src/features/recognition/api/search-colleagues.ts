import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { SearchColleaguesQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { recognitionKeys } from './kudos-cache';

export const searchColleaguesDocument = graphql(`
  query SearchColleagues($search: String!, $first: Int) {
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

export type Colleague = Pick<SearchColleaguesQuery['directory']['nodes'][number], 'id' | 'name' | 'title'>;

// A few more than are shown, so that leaving out the giver and the people already chosen still fills the list.
const matchesAsked = 10;

export const searchColleaguesQueryOptions = (search: string) =>
  queryOptions({
    queryKey: recognitionKeys.colleagues(search),
    queryFn: async ({ signal }) =>
      (await execute(searchColleaguesDocument, { search, first: matchesAsked }, { signal })).directory.nodes,
  });

/** Active colleagues whose name (or email, title, team) has a word starting with `search`; idle while it is empty. */
export const useColleagueSearch = (search: string) =>
  useQuery({ ...searchColleaguesQueryOptions(search), enabled: search.length > 0, placeholderData: keepPreviousData });
