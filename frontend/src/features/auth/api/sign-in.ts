import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';
import { forgetSessionLoss } from '@/lib/session';
import { reconnectSubscriptions } from '@/lib/subscriptions';

import { meQueryKey, type SignedInEmployee } from './get-me';

export const signInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      name
      email
      title
      team {
        id
        name
      }
      isManager
      isHrAdmin
      mustChangePassword
    }
  }
`);

export type SignInInput = { email: string; password: string };

export const signIn = async (input: SignInInput): Promise<SignedInEmployee> =>
  (await execute(signInDocument, input)).signIn;

export const useSignIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (employee) => {
      // Nothing read for someone else (or for nobody) may be shown to the person now signed in.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, employee);
      forgetSessionLoss();
      reconnectSubscriptions();
    },
  });
};
