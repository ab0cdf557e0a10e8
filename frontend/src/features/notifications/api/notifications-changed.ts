import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { graphql } from '@/lib/gql/gql';
import { subscribe } from '@/lib/subscriptions';

import { addCachedNotification, notificationKeys, setCachedUnreadCount, type Notification } from './notification-cache';

export const notificationsChangedDocument = graphql(`
  subscription NotificationsChanged {
    notificationsChanged {
      unreadCount
      notification {
        ...NotificationFields
      }
    }
  }
`);

type NotificationsChangedOptions = {
  /** Told of every new notification, after the cached inboxes have it. */
  onNotification?: (notification: Notification) => void;
};

/**
 * Keeps the unread count and the cached inboxes current while the calling component is mounted. The
 * app shell's bell holds it, so every page has it once.
 */
export const useNotificationsChanged = ({ onNotification }: NotificationsChangedOptions = {}) => {
  const queryClient = useQueryClient();
  const onNotificationRef = useRef(onNotification);
  useEffect(() => {
    onNotificationRef.current = onNotification;
  });

  useEffect(
    () =>
      subscribe(notificationsChangedDocument, undefined, {
        next: ({ notificationsChanged: { unreadCount, notification } }) => {
          const before = queryClient.getQueryData<number>(notificationKeys.unreadCount);
          setCachedUnreadCount(queryClient, unreadCount);
          if (notification) {
            addCachedNotification(queryClient, notification);
            onNotificationRef.current?.(notification);
          } else if (unreadCount !== before) {
            // Read in another tab or on another device: the event does not say which, so read the inboxes
            // again. Reading here has usually set the count already (the mutation's answer) and shows it.
            void queryClient.invalidateQueries({ queryKey: notificationKeys.inboxes });
          }
        },
        // Notifications that arrived while the socket was down were missed: read the count and inboxes again.
        reconnected: () => {
          void queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
          void queryClient.invalidateQueries({ queryKey: notificationKeys.inboxes });
        },
      }),
    [queryClient],
  );
};
