import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { SettingsIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { NotificationInbox } from '@/features/notifications/components/notification-inbox';

export const NotificationsRoute = () => (
  <ContentLayout
    title="Notifications"
    description="Kudos, ideas, feedback, check-ins and 1:1s that concern you, newest first."
    actions={
      <Link className="button button--secondary" to={paths.notificationSettings}>
        <SettingsIcon />
        Notification settings
      </Link>
    }
  >
    <NotificationInbox />
  </ContentLayout>
);
