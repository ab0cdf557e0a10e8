import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { recognitionKeys } from './kudos-cache';

export const getLeaderboardFiltersDocument = graphql(`
  query GetLeaderboardFilters {
    company {
      values
    }
    teams {
      id
      name
    }
  }
`);

/** What a leaderboard can be narrowed to: a company value, a team. */
export const getLeaderboardFiltersQueryOptions = () =>
  queryOptions({
    queryKey: recognitionKeys.leaderboardFilters,
    queryFn: async ({ signal }) => execute(getLeaderboardFiltersDocument, undefined, { signal }),
    staleTime: 5 * 60_000,
  });

export const useLeaderboardFilters = () => useQuery(getLeaderboardFiltersQueryOptions());
