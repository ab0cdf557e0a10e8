import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { markCachedRead, notificationKeys, setCachedUnreadCount } from './notification-cache';

export const markAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      unreadCount
    }
  }
`);

export const markAllNotificationsRead = async () =>
  (await execute(markAllNotificationsReadDocument, undefined)).markAllNotificationsRead;

export const useMarkAllNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onMutate: () => markCachedRead(queryClient, 'all'),
    onSuccess: ({ unreadCount }) => setCachedUnreadCount(queryClient, unreadCount),
    onError: () => queryClient.invalidateQueries({ queryKey: notificationKeys.inboxes }),
  });
};
