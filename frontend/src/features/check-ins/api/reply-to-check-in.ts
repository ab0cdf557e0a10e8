import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { replaceCachedCheckIn } from './check-in-cache';

export const replyToCheckInDocument = graphql(`
  mutation ReplyToCheckIn($checkInId: ID!, $text: String!) {
    replyToCheckIn(checkInId: $checkInId, text: $text) {
      ...CheckInFields
    }
  }
`);

export type ReplyToCheckInInput = { checkInId: string; text: string };

export const replyToCheckIn = async (input: ReplyToCheckInInput) =>
  (await execute(replyToCheckInDocument, input)).replyToCheckIn;

export const useReplyToCheckIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replyToCheckIn,
    onSuccess: (checkIn) => replaceCachedCheckIn(queryClient, checkIn),
  });
};
