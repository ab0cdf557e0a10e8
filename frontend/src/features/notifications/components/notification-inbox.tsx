import { useId } from 'react';
import { useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { BellIcon, CheckIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/hooks/use-now';
import { plural } from '@/lib/format';

import { useNotifications } from '../api/get-notifications';
import { useUnreadNotificationCount } from '../api/get-unread-notification-count';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';

import { NotificationItem } from './notification-item';

/**
 * The inbox newest first, with "Load more" for older ones. New notifications arrive on top by
 * themselves (the header's bell holds the subscription). "Only unread" lives in the URL (?show=unread).
 */
export const NotificationInbox = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const unreadOnly = searchParams.get('show') === 'unread';
  const inbox = useNotifications(unreadOnly);
  const count = useUnreadNotificationCount().data ?? inbox.data?.pages[0]?.unreadCount ?? 0;
  const markRead = useMarkNotificationsRead();
  const markAll = useMarkAllNotificationsRead();
  const now = useNow();
  const toggleId = useId();

  const showUnreadOnly = (only: boolean) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (only) next.set('show', 'unread');
        else next.delete('show');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const notifications = inbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="notification-inbox" aria-label="Inbox">
      <div className="notification-inbox__toolbar">
        <label className="checkbox" htmlFor={toggleId}>
          <input
            id={toggleId}
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => showUnreadOnly(event.target.checked)}
          />
          <span>Show only unread</span>
        </label>
        <p className="notification-inbox__count muted" data-testid="unread-summary">
          {count === 0 ? 'All read' : plural(count, 'unread notification', 'unread notifications')}
        </p>
        <button
          type="button"
          className="button button--secondary"
          disabled={count === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          <CheckIcon />
          {markAll.isPending ? 'Marking…' : 'Mark all as read'}
        </button>
      </div>
      {markAll.isError ? (
        <Alert tone="error" title="The notifications were not marked as read">
          <p>{markAll.error.message}</p>
        </Alert>
      ) : null}
      {markRead.isError ? (
        <Alert tone="error" title="A notification was not marked as read">
          <p>{markRead.error.message}</p>
        </Alert>
      ) : null}

      {inbox.isPending ? (
        <Spinner label="Loading your notifications…" />
      ) : !inbox.data ? (
        <LoadError title="Your notifications could not be loaded" error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : notifications.length === 0 ? (
        <EmptyState
          icon={<BellIcon />}
          title={unreadOnly ? 'No unread notifications' : 'No notifications yet'}
          description={
            unreadOnly
              ? 'You are all caught up. New notifications show up here as they arrive.'
              : 'When colleagues recognise you, answer your ideas, send feedback or plan a 1:1 with you, it shows up here.'
          }
        />
      ) : (
        <ul className="notification-list" aria-label={unreadOnly ? 'Unread notifications' : 'Notifications'}>
          {notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} now={now} onRead={(id) => markRead.mutate([id])} />
            </li>
          ))}
        </ul>
      )}

      {inbox.hasNextPage ? (
        <div className="notification-inbox__more">
          <button
            type="button"
            className="button button--secondary"
            disabled={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
          >
            {inbox.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
      {inbox.isFetchNextPageError ? (
        <p className="field__error" role="alert">
          Older notifications could not be loaded: {inbox.error?.message}
        </p>
      ) : null}
    </section>
  );
};
