import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { pulseKeys } from './pulse-cache';

export const pulseRoundsDocument = graphql(`
  query PulseRounds($first: Int) {
    pulseRounds(first: $first) {
      ...PulseRoundFields
    }
  }
`);

const roundsShown = 6;

export const pulseRoundsQueryOptions = () =>
  queryOptions({
    queryKey: pulseKeys.rounds,
    queryFn: async ({ signal }) => (await execute(pulseRoundsDocument, { first: roundsShown }, { signal })).pulseRounds,
  });

/** The latest rounds, newest first: the ones whose results can be looked at. */
export const usePulseRounds = () => useQuery(pulseRoundsQueryOptions());
