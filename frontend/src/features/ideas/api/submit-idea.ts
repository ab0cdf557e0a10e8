import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { IdeaInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { ideaKeys } from './idea-cache';

export const submitIdeaDocument = graphql(`
  mutation SubmitIdea($input: IdeaInput!) {
    submitIdea(input: $input) {
      idea {
        ...IdeaDetailFields
      }
      followToken
    }
  }
`);

export const submitIdea = async (input: IdeaInput) => (await execute(submitIdeaDocument, { input })).submitIdea;

export const useSubmitIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitIdea,
    // The answer of an anonymous submission holds its follow token: keep it no longer than the form that shows it.
    gcTime: 0,
    onSuccess: ({ idea }) => {
      // Not for an anonymous idea: its page should not look any different to its author than to anyone else.
      if (!idea.anonymous) queryClient.setQueryData(ideaKeys.idea(idea.id), idea);
      void queryClient.invalidateQueries({ queryKey: ideaKeys.boards });
      void queryClient.invalidateQueries({ queryKey: ideaKeys.answerTimes });
    },
  });
};
