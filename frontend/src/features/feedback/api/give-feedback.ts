import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GiveFeedbackInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const giveFeedbackDocument = graphql(`
  mutation GiveFeedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      ...FeedbackNoteFields
    }
  }
`);

export const giveFeedback = async (input: GiveFeedbackInput) => (await execute(giveFeedbackDocument, { input })).giveFeedback;

export const useGiveFeedback = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveFeedback,
    // "Given" gains a note and, for an answer, a request leaves "waiting for my answer": read the inbox again.
    onSuccess: (note) => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.inbox });
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.about(note.recipient.id) });
    },
  });
};
