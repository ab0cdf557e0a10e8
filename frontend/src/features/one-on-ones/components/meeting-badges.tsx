import type { OneOnOneStatus } from '@/lib/gql/graphql';

const statusLabels: Record<OneOnOneStatus, string> = { SCHEDULED: 'Scheduled', HELD: 'Held', SKIPPED: 'Skipped', MISSED: 'Missed' };

type MeetingBadgesProps = {
  status: OneOnOneStatus;
  moved: boolean;
  /** Lists of upcoming meetings leave "Scheduled" out: every one of them is. */
  showScheduled?: boolean;
};

/** A meeting's status and whether it was moved from its usual time, in words. */
export const MeetingBadges = ({ status, moved, showScheduled = true }: MeetingBadgesProps) => (
  <span className="meeting-badges">
    {status !== 'SCHEDULED' || showScheduled ? (
      <span className={`meeting-status meeting-status--${status.toLowerCase()}`} data-testid="meeting-status">
        {statusLabels[status]}
      </span>
    ) : null}
    {moved ? (
      <span className="badge badge--muted" data-testid="meeting-moved">
        Moved
      </span>
    ) : null}
  </span>
);
