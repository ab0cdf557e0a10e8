import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { withVote } from '../utils/votes';

import { replaceCachedIdea, updateCachedIdea } from './idea-cache';
import { refreshIdea } from './refresh-idea';

export const voteForIdeaDocument = graphql(`
  mutation VoteForIdea($id: ID!) {
    voteForIdea(id: $id) {
      ...IdeaCardFields
    }
  }
`);

export const voteForIdea = async (id: string) => (await execute(voteForIdeaDocument, { id })).voteForIdea;

/** Counts the vote at once, then as the server counted it; a refusal (ALREADY_VOTED, IDEA_CLOSED) reads the idea again. */
export const useVoteForIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: voteForIdea,
    onMutate: (id) => updateCachedIdea(queryClient, id, (idea) => withVote(idea, true)),
    onSuccess: (idea) => replaceCachedIdea(queryClient, idea),
    onError: (_error, id) => refreshIdea(queryClient, id),
  });
};
