import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { ideaKeys } from './idea-cache';

export const getIdeaFiltersDocument = graphql(`
  query GetIdeaFilters {
    ideaCategories
    teams {
      id
      name
    }
  }
`);

/** The categories an idea belongs to (for the board's filter and the submit form) and the teams. */
export const getIdeaFiltersQueryOptions = () =>
  queryOptions({
    queryKey: ideaKeys.filters,
    queryFn: async ({ signal }) => execute(getIdeaFiltersDocument, undefined, { signal }),
    staleTime: 5 * 60_000,
  });

export const useIdeaFilters = () => useQuery(getIdeaFiltersQueryOptions());
