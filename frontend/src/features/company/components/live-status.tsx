import { useSubscriptionStatus } from '@/lib/subscriptions';

const labels = {
  idle: 'Offline',
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
} as const;

export const LiveStatus = () => {
  const status = useSubscriptionStatus();
  return (
    <span
      className={`live-status live-status--${status}`}
      data-status={status}
      title={status === 'connected' ? 'Changes by others appear here as they happen.' : undefined}
    >
      <span className="live-status__dot" aria-hidden="true" />
      {labels[status]}
    </span>
  );
};
