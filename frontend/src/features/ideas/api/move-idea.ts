import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { IdeaStatus } from '@/lib/gql/graphql';
import { errorCode, execute } from '@/lib/graphql';

import { ideaKeys, replaceCachedIdea } from './idea-cache';
import { refreshIdea } from './refresh-idea';

export const moveIdeaDocument = graphql(`
  mutation MoveIdea($id: ID!, $status: IdeaStatus!, $response: String!, $mergeIntoId: ID) {
    moveIdea(id: $id, status: $status, response: $response, mergeIntoId: $mergeIntoId) {
      ...IdeaDetailFields
    }
  }
`);

export type IdeaMove = { id: string; status: IdeaStatus; response: string; mergeIntoId?: string };

export const moveIdea = async ({ id, status, response, mergeIntoId }: IdeaMove) =>
  (await execute(moveIdeaDocument, { id, status, response, mergeIntoId: mergeIntoId ?? null })).moveIdea;

// Refusals that mean the idea (or who may answer it) changed since it was read.
const staleCodes = new Set(['TRANSITION_FORBIDDEN', 'FORBIDDEN']);

export const useMoveIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveIdea,
    onSuccess: (idea, { mergeIntoId }) => {
      replaceCachedIdea(queryClient, idea);
      // Its status moved it between filters, out of the queue, and into the answer times.
      void queryClient.invalidateQueries({ queryKey: ideaKeys.boards });
      void queryClient.invalidateQueries({ queryKey: ideaKeys.awaiting });
      void queryClient.invalidateQueries({ queryKey: ideaKeys.answerTimes });
      // The idea it went into took its votes.
      if (mergeIntoId) void queryClient.invalidateQueries({ queryKey: ideaKeys.idea(mergeIntoId) });
    },
    onError: (error, { id }) => {
      const code = errorCode(error);
      if (code && staleCodes.has(code)) refreshIdea(queryClient, id);
    },
  });
};
