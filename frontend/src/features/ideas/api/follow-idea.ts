import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { replaceCachedIdea } from './idea-cache';

export const followIdeaDocument = graphql(`
  mutation FollowIdea($id: ID!, $follow: Boolean!) {
    followIdea(id: $id, follow: $follow) {
      ...IdeaCardFields
    }
  }
`);

type Following = { id: string; follow: boolean };

export const followIdea = async ({ id, follow }: Following) => (await execute(followIdeaDocument, { id, follow })).followIdea;

/** Follow an idea to hear of every answer to it, or stop. */
export const useFollowIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followIdea,
    onSuccess: (idea) => replaceCachedIdea(queryClient, idea),
  });
};
