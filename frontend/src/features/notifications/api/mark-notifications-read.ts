import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { markCachedRead, notificationKeys, setCachedUnreadCount } from './notification-cache';

export const markNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      unreadCount
    }
  }
`);

export const markNotificationsRead = async (ids: string[]) =>
  (await execute(markNotificationsReadDocument, { ids })).markNotificationsRead;

/**
 * Marks notifications read: shown at once, counted as the server counts. The callbacks live here rather
 * than at `mutate`, so they still run when opening a notification has already left the inbox.
 */
export const useMarkNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onMutate: (ids) => markCachedRead(queryClient, ids),
    onSuccess: ({ unreadCount }) => setCachedUnreadCount(queryClient, unreadCount),
    onError: () => queryClient.invalidateQueries({ queryKey: notificationKeys.inboxes }),
  });
};
