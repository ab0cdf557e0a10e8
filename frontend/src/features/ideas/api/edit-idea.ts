import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { IdeaInput } from '@/lib/gql/graphql';
import { errorCode, execute } from '@/lib/graphql';

import { ideaKeys, replaceCachedIdea } from './idea-cache';

export const editIdeaDocument = graphql(`
  mutation EditIdea($id: ID!, $input: IdeaInput!, $followToken: String) {
    editIdea(id: $id, input: $input, followToken: $followToken) {
      ...IdeaDetailFields
    }
  }
`);

type IdeaEdit = {
  id: string;
  input: IdeaInput;
  /** How an anonymous author proves it is their idea; left out for a named author. */
  followToken?: string;
};

export const editIdea = async ({ id, input, followToken }: IdeaEdit) =>
  (await execute(editIdeaDocument, { id, input, followToken: followToken ?? null })).editIdea;

export const useEditIdea = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editIdea,
    onSuccess: (idea) => replaceCachedIdea(queryClient, idea),
    onError: (error, { id }) => {
      // Answered meanwhile: show the idea as it is now (no longer editable, with the answer).
      if (errorCode(error) === 'IDEA_REVIEWED') {
        void queryClient.invalidateQueries({ queryKey: ideaKeys.idea(id) });
        void queryClient.invalidateQueries({ queryKey: ideaKeys.follows });
      }
    },
  });
};
