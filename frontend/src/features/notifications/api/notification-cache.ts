import type { InfiniteData, QueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { NotificationFieldsFragment } from '@/lib/gql/graphql';

// Every operation that returns a notification asks for these fields, so that a pushed notification can
// go into any cached inbox as it is. Exported for codegen's sake only: operations spread it by name.
export const notificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    category
    title
    link
    createdAt
    read
  }
`);

export type Notification = NotificationFieldsFragment;

export type InboxPage = { items: Notification[]; hasMore: boolean; unreadCount: number };
/** Pages of the inbox; each page after the first starts before the createdAt of the one above it. */
export type InboxData = InfiniteData<InboxPage, string | null>;

export const notificationKeys = {
  unreadCount: ['notifications', 'unread-count'] as const,
  inboxes: ['notifications', 'inbox'] as const,
  inbox: (unreadOnly: boolean) => ['notifications', 'inbox', { unreadOnly }] as const,
  preferences: ['notification-preferences'] as const,
};

export const setCachedUnreadCount = (queryClient: QueryClient, count: number) =>
  queryClient.setQueryData<number>(notificationKeys.unreadCount, count);

/**
 * Puts a notification that just arrived at the top of every cached inbox it belongs in, once: an
 * inbox that was read again after the push may hold it already.
 */
export function addCachedNotification(queryClient: QueryClient, notification: Notification) {
  for (const [queryKey, data] of queryClient.getQueriesData<InboxData>({ queryKey: notificationKeys.inboxes })) {
    const { unreadOnly } = queryKey[2] as { unreadOnly: boolean };
    if ((unreadOnly && notification.read) || !data?.pages.length) continue;
    if (data.pages.some((page) => page.items.some((item) => item.id === notification.id))) continue;
    const [first, ...rest] = data.pages;
    queryClient.setQueryData<InboxData>(queryKey, {
      ...data,
      pages: [{ ...first, items: [notification, ...first.items] }, ...rest],
    });
  }
}

/**
 * Shows notifications as read in every cached inbox: those of `ids`, or all of them. They stay where they
 * are, also in the unread-only inbox, so that nothing moves under the reader's pointer.
 */
export function markCachedRead(queryClient: QueryClient, ids: ReadonlyArray<string> | 'all') {
  const chosen = (id: string) => ids === 'all' || ids.includes(id);
  queryClient.setQueriesData<InboxData>({ queryKey: notificationKeys.inboxes }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (!item.read && chosen(item.id) ? { ...item, read: true } : item)),
          })),
        }
      : data,
  );
}
