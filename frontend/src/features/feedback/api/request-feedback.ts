import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { RequestFeedbackInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const requestFeedbackDocument = graphql(`
  mutation RequestFeedback($input: RequestFeedbackInput!) {
    requestFeedback(input: $input) {
      ...FeedbackRequestFields
    }
  }
`);

export const requestFeedback = async (input: RequestFeedbackInput) =>
  (await execute(requestFeedbackDocument, { input })).requestFeedback;

export const useRequestFeedback = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestFeedback,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedbackKeys.inbox }),
  });
};
