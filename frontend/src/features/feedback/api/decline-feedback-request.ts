import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const declineFeedbackRequestDocument = graphql(`
  mutation DeclineFeedbackRequest($requestId: ID!) {
    declineFeedbackRequest(requestId: $requestId)
  }
`);

export const declineFeedbackRequest = async (requestId: string) =>
  (await execute(declineFeedbackRequestDocument, { requestId })).declineFeedbackRequest;

export const useDeclineFeedbackRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineFeedbackRequest,
    // Declined (or answered or withdrawn meanwhile: REQUEST_CLOSED), it no longer waits for me either way.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: feedbackKeys.inbox }),
  });
};
