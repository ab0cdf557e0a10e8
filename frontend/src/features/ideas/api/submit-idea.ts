import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { IdeaInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { ideaKeys } from './idea-cache';

export const submitIdeaDocument = graphql(`
  mutation SubmitIdea($input: IdeaInput!, $submissionId: ID, $followToken: String) {
    submitIdea(input: $input, submissionId: $submissionId, followToken: $followToken) {
      idea {
        ...IdeaDetailFields
      }
      followToken
    }
  }
`);

/**
 * One per composed idea, sent again on every retry: if an earlier answer was lost, the server returns the idea it
 * already made (and, for an anonymous one, accepts this token as the author's proof) instead of making a second.
 */
export type Submission = { submissionId: string; followToken: string };

export const newSubmission = (): Submission => {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  const followToken = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
  return { submissionId: crypto.randomUUID(), followToken };
};

export const submitIdea = async ({ input, submission }: { input: IdeaInput; submission: Submission }) =>
  (
    await execute(submitIdeaDocument, {
      input,
      submissionId: submission.submissionId,
      // Only an anonymous idea needs the token; a named one is recognised by its author.
      followToken: input.anonymous ? submission.followToken : null,
    })
  ).submitIdea;

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
