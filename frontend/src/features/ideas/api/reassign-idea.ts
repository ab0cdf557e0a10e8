import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { ideaKeys, replaceCachedIdea } from './idea-cache';

export const reassignIdeaDocument = graphql(`
  mutation ReassignIdea($id: ID!, $ownerId: ID!) {
    reassignIdea(id: $id, ownerId: $ownerId) {
      ...IdeaCardFields
    }
  }
`);

type Reassignment = { id: string; ownerId: string };

export const reassignIdea = async ({ id, ownerId }: Reassignment) =>
  (await execute(reassignIdeaDocument, { id, ownerId })).reassignIdea;

export const useReassignIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reassignIdea,
    onSuccess: (idea) => {
      replaceCachedIdea(queryClient, idea);
      // It left this person's queue (or joined it).
      void queryClient.invalidateQueries({ queryKey: ideaKeys.awaiting });
    },
  });
};
