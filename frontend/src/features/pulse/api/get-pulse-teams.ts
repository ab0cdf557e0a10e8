import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { pulseKeys } from './pulse-cache';

export const pulseTeamsDocument = graphql(`
  query PulseTeams {
    teams {
      id
      name
    }
  }
`);

export const pulseTeamsQueryOptions = () =>
  queryOptions({
    queryKey: pulseKeys.teams,
    queryFn: async ({ signal }) => (await execute(pulseTeamsDocument, undefined, { signal })).teams,
    staleTime: 5 * 60_000,
  });

/** The teams results can be narrowed to. */
export const usePulseTeams = () => useQuery(pulseTeamsQueryOptions());
