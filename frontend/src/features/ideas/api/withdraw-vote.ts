import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { withVote } from '../utils/votes';

import { replaceCachedIdea, updateCachedIdea } from './idea-cache';
import { refreshIdea } from './refresh-idea';

export const withdrawVoteDocument = graphql(`
  mutation WithdrawVote($id: ID!) {
    withdrawVote(id: $id) {
      ...IdeaCardFields
    }
  }
`);

export const withdrawVote = async (id: string) => (await execute(withdrawVoteDocument, { id })).withdrawVote;

/** Takes the vote back at once, then as the server counted it; a refusal (NOT_VOTED) reads the idea again. */
export const useWithdrawVote = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawVote,
    onMutate: (id) => updateCachedIdea(queryClient, id, (idea) => withVote(idea, false)),
    onSuccess: (idea) => replaceCachedIdea(queryClient, idea),
    onError: (_error, id) => refreshIdea(queryClient, id),
  });
};
