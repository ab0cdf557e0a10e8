import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';
import { forgetSessionLoss } from '@/lib/session';
import { reconnectSubscriptions } from '@/lib/subscriptions';

import { meQueryKey } from './get-me';

export const signOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Signs out and goes to sign-in. Leaving never fails from the person's point of view: when the
 * server cannot be told (offline, session already gone), the app forgets the session all the same.
 */
export const useSignOut = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await execute(signOutDocument, undefined);
    } catch {
      // See above: the cookie is HttpOnly, so the server is the only one that can clear it.
    }
    // First leave the signed-in pages, then forget the session: the pages never see `me` empty.
    navigate(paths.signIn, { replace: true });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, null);
    forgetSessionLoss();
    reconnectSubscriptions();
  }, [navigate, queryClient]);
};
