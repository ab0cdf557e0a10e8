import { useNow } from '@/hooks/use-now';
import { localTime, utcOffset } from '@/lib/time-zones';

type LocalTimeProps = { timeZone: string };

/** "14:05 (GMT+1)": the time where the person is, now; kept current while shown. */
export const LocalTime = ({ timeZone }: LocalTimeProps) => {
  const now = useNow();
  const time = localTime(timeZone, now);
  if (!time) return null;
  const offset = utcOffset(timeZone, now);
  return (
    <span className="local-time">
      <time dateTime={now.toISOString()}>{time}</time> local time{offset ? ` (${offset})` : ''}
    </span>
  );
};
