import { formatDateTime, formatRelativeTime } from '@/lib/format';

type RelativeTimeProps = { iso: string; now: Date };

/** "5 minutes ago", with the exact time on hover and for machines. */
export const RelativeTime = ({ iso, now }: RelativeTimeProps) => (
  <time className="relative-time" dateTime={iso} title={formatDateTime(iso)}>
    {formatRelativeTime(iso, now)}
  </time>
);
