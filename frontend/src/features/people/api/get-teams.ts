import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

export const getTeamsDocument = graphql(`
  query GetTeams {
    teams {
      id
      name
      memberCount
    }
  }
`);

export const getTeamsQueryOptions = () =>
  queryOptions({
    queryKey: ['people', 'teams'] as const,
    queryFn: async ({ signal }) => (await execute(getTeamsDocument, undefined, { signal })).teams,
    staleTime: 5 * 60_000,
  });

export const useTeams = () => useQuery(getTeamsQueryOptions());
