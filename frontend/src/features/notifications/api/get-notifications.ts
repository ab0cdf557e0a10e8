import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { notificationKeys, type InboxPage } from './notification-cache';

export const getNotificationsDocument = graphql(`
  query GetNotifications($first: Int, $before: DateTime, $unreadOnly: Boolean) {
    notifications(first: $first, before: $before, unreadOnly: $unreadOnly) {
      unreadCount
      hasMore
      items {
        ...NotificationFields
      }
    }
  }
`);

const pageSize = 20;

export const getNotificationsQueryOptions = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.inbox(unreadOnly),
    queryFn: async ({ pageParam, signal }): Promise<InboxPage> =>
      (await execute(getNotificationsDocument, { first: pageSize, before: pageParam, unreadOnly }, { signal })).notifications,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasMore ? (page.items.at(-1)?.createdAt ?? undefined) : undefined),
  });

/** The inbox newest first, page by page (keyset on createdAt: new notifications never shift the next page). */
export const useNotifications = (unreadOnly: boolean) => useInfiniteQuery(getNotificationsQueryOptions(unreadOnly));
