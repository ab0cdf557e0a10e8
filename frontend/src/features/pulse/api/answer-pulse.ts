import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { errorCode, execute } from '@/lib/graphql';

import { pulseKeys } from './pulse-cache';

export const answerPulseDocument = graphql(`
  mutation AnswerPulse($roundId: ID!, $score: Int!, $comment: String) {
    answerPulse(roundId: $roundId, score: $score, comment: $comment) {
      ...PulseRoundFields
    }
  }
`);

export type AnswerPulseInput = { roundId: string; score: number; comment: string | null };

export const answerPulse = async (input: AnswerPulseInput) => (await execute(answerPulseDocument, input)).answerPulse;

export const useAnswerPulse = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerPulse,
    // The answer and its comment are anonymous: forget them as soon as the form has shown the outcome.
    gcTime: 0,
    onSuccess: (round) => {
      queryClient.setQueryData(pulseKeys.current, round);
      void queryClient.invalidateQueries({ queryKey: pulseKeys.results });
      void queryClient.invalidateQueries({ queryKey: pulseKeys.rounds });
    },
    onError: (error) => {
      // Answered elsewhere, or the round closed meanwhile: show the round as it is now.
      const code = errorCode(error);
      if (code === 'PULSE_ANSWERED' || code === 'PULSE_CLOSED') void queryClient.invalidateQueries({ queryKey: pulseKeys.current });
    },
  });
};
