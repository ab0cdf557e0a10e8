import { useSubscriptionStatus } from '@/lib/subscriptions';

const labels = {
  idle: 'Offline',
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
} as const;

/** Whether new kudos arrive by themselves right now. */
export const LiveIndicator = () => {
  const status = useSubscriptionStatus();
  return (
    <span
      className={`live-status live-status--${status}`}
      data-feed-status={status}
      title={status === 'connected' ? 'New kudos appear here as they are given.' : undefined}
    >
      <span className="live-status__dot" aria-hidden="true" />
      {labels[status]}
    </span>
  );
};
