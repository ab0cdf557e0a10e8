import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { notificationKeys } from './notification-cache';

// The count comes with any page of the inbox; the smallest page of unread ones is the cheapest way to ask.
export const getUnreadNotificationCountDocument = graphql(`
  query GetUnreadNotificationCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const getUnreadNotificationCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount,
    queryFn: async ({ signal }) =>
      (await execute(getUnreadNotificationCountDocument, undefined, { signal })).notifications.unreadCount,
  });

/** How many notifications the signed-in person has not read; kept current by useNotificationsChanged. */
export const useUnreadNotificationCount = () => useQuery(getUnreadNotificationCountQueryOptions());
