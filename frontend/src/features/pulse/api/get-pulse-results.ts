import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { PulseResultsQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { pulseKeys } from './pulse-cache';

export const pulseResultsDocument = graphql(`
  query PulseResults($roundId: ID, $teamId: ID) {
    pulseResults(roundId: $roundId, teamId: $teamId) {
      round {
        ...PulseRoundFields
      }
      teamName
      answers
      shown
      explanation
      minimumAnswers
      minimumComments
      enps
      promoters
      passives
      detractors
      comments
    }
  }
`);

export type PulseResults = PulseResultsQuery['pulseResults'];

export const pulseResultsQueryOptions = (roundId: string | null, teamId: string | null) =>
  queryOptions({
    queryKey: pulseKeys.resultsFor(roundId, teamId),
    queryFn: async ({ signal }) => (await execute(pulseResultsDocument, { roundId, teamId }, { signal })).pulseResults,
  });

/** eNPS for a round (the latest when null), company-wide or for one team; withheld below the thresholds. */
export const usePulseResults = (roundId: string | null, teamId: string | null) =>
  useQuery({ ...pulseResultsQueryOptions(roundId, teamId), placeholderData: keepPreviousData });
