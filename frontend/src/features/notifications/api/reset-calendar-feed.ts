import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { notificationKeys } from './notification-cache';

export const resetCalendarFeedDocument = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed
  }
`);

/** The new private feed URL, absolute (the server may answer with a path of this site). */
export const resetCalendarFeed = async () =>
  new URL((await execute(resetCalendarFeedDocument, undefined)).resetCalendarFeed, window.location.origin).href;

/** Creates the feed, or replaces it: the old URL stops working. The new one is only in this answer. */
export const useResetCalendarFeed = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetCalendarFeed,
    // The answer is the URL only: read when the feed was created.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences }),
  });
};
