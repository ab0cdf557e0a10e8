import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { CheckInInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { checkInKeys } from './check-in-cache';

export const submitCheckInDocument = graphql(`
  mutation SubmitCheckIn($input: CheckInInput!) {
    submitCheckIn(input: $input) {
      ...CheckInFields
    }
  }
`);

export const submitCheckIn = async (input: CheckInInput) => (await execute(submitCheckInDocument, { input })).submitCheckIn;

export const useSubmitCheckIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitCheckIn,
    onSuccess: (checkIn) => {
      queryClient.setQueryData(checkInKeys.mine, checkIn);
      void queryClient.invalidateQueries({ queryKey: checkInKeys.history });
    },
  });
};
