import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { BellIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { NotificationSettings } from '@/features/notifications/components/notification-settings';

export const NotificationSettingsRoute = () => (
  <ContentLayout
    title="Notification settings"
    description="What is e-mailed to you, when you are reminded of your 1:1s, and your private calendar feed."
    actions={
      <Link className="button button--secondary" to={paths.notifications}>
        <BellIcon />
        Notifications
      </Link>
    }
  >
    <NotificationSettings />
  </ContentLayout>
);
