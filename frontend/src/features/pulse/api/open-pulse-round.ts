import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { errorCode, execute } from '@/lib/graphql';

import { pulseKeys } from './pulse-cache';

export const openPulseRoundDocument = graphql(`
  mutation OpenPulseRound($question: String) {
    openPulseRound(question: $question) {
      ...PulseRoundFields
    }
  }
`);

export const openPulseRound = async (question: string | null) => (await execute(openPulseRoundDocument, { question })).openPulseRound;

export const useOpenPulseRound = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openPulseRound,
    onSuccess: (round) => {
      queryClient.setQueryData(pulseKeys.current, round);
      void queryClient.invalidateQueries({ queryKey: pulseKeys.rounds });
      void queryClient.invalidateQueries({ queryKey: pulseKeys.results });
    },
    onError: (error) => {
      // Someone opened one meanwhile (PULSE_OPEN): show it.
      if (errorCode(error) === 'PULSE_OPEN') void queryClient.invalidateQueries({ queryKey: pulseKeys.current });
    },
  });
};
