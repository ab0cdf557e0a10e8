import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GiveKudosInput } from '@/lib/gql/graphql';
import { errorCode, execute } from '@/lib/graphql';

import { addCachedKudos, recognitionKeys, type Kudos } from './kudos-cache';

export const giveKudosDocument = graphql(`
  mutation GiveKudos($input: GiveKudosInput!) {
    giveKudos(input: $input) {
      ...KudosCardFields
    }
  }
`);

// Long enough for a slow network, short enough that the person can retry (with the same key) rather than wait.
const answerWithinMs = 20_000;

export const giveKudos = async (input: GiveKudosInput): Promise<Kudos> =>
  (await execute(giveKudosDocument, { input }, { signal: AbortSignal.timeout(answerWithinMs) })).giveKudos;

export const useGiveKudos = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveKudos,
    onSuccess: (kudos) => {
      addCachedKudos(queryClient, kudos);
      void queryClient.invalidateQueries({ queryKey: recognitionKeys.allowance });
      void queryClient.invalidateQueries({ queryKey: recognitionKeys.leaderboards });
    },
    onError: (error) => {
      // The allowance or the values changed since they were read: show them as they are now.
      const code = errorCode(error);
      if (code === 'ALLOWANCE_EXCEEDED' || code === 'POINTS_INVALID') void queryClient.invalidateQueries({ queryKey: recognitionKeys.allowance });
      if (code === 'VALUE_UNKNOWN') void queryClient.invalidateQueries({ queryKey: recognitionKeys.options });
    },
  });
};
