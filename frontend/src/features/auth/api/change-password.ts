import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { ChangePasswordMutationVariables } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { meQueryKey } from './get-me';

export const changePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const changePassword = async (input: ChangePasswordMutationVariables) =>
  (await execute(changePasswordDocument, input)).changePassword;

export const useChangePassword = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // A temporary password is gone now: `mustChangePassword` turns false.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
};
