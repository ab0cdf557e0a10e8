import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';

import { useNotificationPreferences } from '../api/get-notification-preferences';

import { CalendarFeed } from './calendar-feed';
import { NotificationPreferencesForm } from './notification-preferences-form';

/** What is e-mailed to me, when 1:1 reminders come, and my private calendar feed. */
export const NotificationSettings = () => {
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Spinner label="Loading your notification preferences…" />;
  // A failed background refetch keeps showing the preferences already loaded.
  if (!preferences.data) {
    return (
      <LoadError
        title="Your notification preferences could not be loaded"
        error={preferences.error}
        onRetry={() => void preferences.refetch()}
      />
    );
  }
  return (
    <div className="notification-preferences">
      <NotificationPreferencesForm preferences={preferences.data} />
      <CalendarFeed feed={preferences.data.calendarFeed} />
    </div>
  );
};
