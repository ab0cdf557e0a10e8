import { Link } from 'react-router';

import { CheckIcon } from '@/components/ui/icons';
import { RelativeTime } from '@/components/ui/relative-time';

import type { Notification } from '../api/notification-cache';
import { categoryNames } from '../utils/categories';

type NotificationItemProps = {
  notification: Notification;
  now: Date;
  /** Marks it read: when it is opened, or with its own button. */
  onRead: (id: string) => void;
};

// Unread ones differ in more than colour: a bar and a dot, a bold title, the word "Unread", and a link
// whose name starts with it.
export const NotificationItem = ({ notification, now, onRead }: NotificationItemProps) => {
  const { id, title, link, category, createdAt, read } = notification;
  return (
    <article
      className={`notification${read ? '' : ' notification--unread'}`}
      data-testid="notification"
      data-read={read}
    >
      <div className="notification__body">
        <p className="notification__title">
          <Link className="notification__link" to={link} onClick={() => {
              if (!read) onRead(id);
            }}>
            {read ? null : <span className="visually-hidden">Unread: </span>}
            {title}
          </Link>
        </p>
        <p className="notification__meta">
          {read ? null : (
            <span className="notification__unread" aria-hidden="true">
              Unread
            </span>
          )}
          <span className="badge badge--muted">{categoryNames[category]}</span>
          <RelativeTime iso={createdAt} now={now} />
        </p>
      </div>
      {read ? null : (
        <button
          type="button"
          className="icon-button notification__mark"
          aria-label={`Mark as read: ${title}`}
          title="Mark as read"
          onClick={() => onRead(id)}
        >
          <CheckIcon />
        </button>
      )}
    </article>
  );
};
