import { useState } from 'react';
import { NavLink } from 'react-router';

import { BellIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { useSubscriptionStatus } from '@/lib/subscriptions';

import { useUnreadNotificationCount } from '../api/get-unread-notification-count';
import { useNotificationsChanged } from '../api/notifications-changed';

/** "Notifications, 3 unread": the accessible name says what the badge shows. */
const bellLabel = (unread: number | undefined) =>
  unread === undefined ? 'Notifications' : unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread.toLocaleString()} unread`;

/**
 * The header's way into the inbox, with the unread count kept live. It holds the app's one
 * notificationsChanged subscription, which also keeps an open inbox current.
 */
export const NotificationBell = () => {
  const unread = useUnreadNotificationCount().data;
  const status = useSubscriptionStatus();
  const [announcement, setAnnouncement] = useState('');
  useNotificationsChanged({ onNotification: ({ title }) => setAnnouncement(`New notification: ${title}`) });

  return (
    <>
      <NavLink
        to={paths.notifications}
        className="notification-bell"
        aria-label={bellLabel(unread)}
        data-testid="notification-bell"
        data-live-status={status}
      >
        <BellIcon />
        {unread ? (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread.toLocaleString()}
          </span>
        ) : null}
      </NavLink>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
};
