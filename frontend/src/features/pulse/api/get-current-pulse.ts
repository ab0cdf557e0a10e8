import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { pulseKeys } from './pulse-cache';

export const currentPulseDocument = graphql(`
  query CurrentPulse {
    currentPulse {
      ...PulseRoundFields
    }
  }
`);

export const currentPulseQueryOptions = () =>
  queryOptions({
    queryKey: pulseKeys.current,
    queryFn: async ({ signal }) => (await execute(currentPulseDocument, undefined, { signal })).currentPulse,
  });

/** The round open now, or null between rounds. */
export const useCurrentPulse = () => useQuery(currentPulseQueryOptions());
