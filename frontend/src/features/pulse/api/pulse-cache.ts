import { graphql } from '@/lib/gql/gql';
import type { PulseRoundFieldsFragment } from '@/lib/gql/graphql';

// Exported for codegen's sake only: operations spread it by name.
export const pulseRoundFields = graphql(`
  fragment PulseRoundFields on PulseRound {
    id
    question
    opensAt
    closesAt
    open
    answeredByMe
    answers
  }
`);

export type PulseRound = PulseRoundFieldsFragment;

export const pulseKeys = {
  current: ['pulse', 'current'] as const,
  rounds: ['pulse', 'rounds'] as const,
  results: ['pulse', 'results'] as const,
  resultsFor: (roundId: string | null, teamId: string | null) => ['pulse', 'results', roundId ?? 'latest', teamId ?? 'company'] as const,
  teams: ['pulse', 'teams'] as const,
};
