import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { SearchFeedbackColleaguesQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const searchFeedbackColleaguesDocument = graphql(`
  query SearchFeedbackColleagues($search: String!, $first: Int) {
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

export type Colleague = Pick<SearchFeedbackColleaguesQuery['directory']['nodes'][number], 'id' | 'name' | 'title'>;

// A few more than are shown, so that leaving out the signed-in person and those already chosen still fills the list.
const matchesAsked = 10;

export const searchColleaguesQueryOptions = (search: string) =>
  queryOptions({
    queryKey: feedbackKeys.colleagues(search),
    queryFn: async ({ signal }) =>
      (await execute(searchFeedbackColleaguesDocument, { search, first: matchesAsked }, { signal })).directory.nodes,
  });

/** Active colleagues matching `search` (start of a word of name, email, title or team); idle while it is empty. */
export const useColleagueSearch = (search: string) =>
  useQuery({ ...searchColleaguesQueryOptions(search), enabled: search.length > 0, placeholderData: keepPreviousData });
