import { Link } from 'react-router';

import { oneOnOneMeetingPath } from '@/config/paths';

import type { MeetingSummary } from '../api/one-on-one-cache';
import { formatMeetingTime } from '../utils/meeting-time';
import { otherPerson } from '../utils/other-person';

import { MeetingBadges } from './meeting-badges';

type MeetingListProps = {
  label: string;
  meetings: ReadonlyArray<MeetingSummary>;
  showScheduled?: boolean;
};

/** Meetings as links to their pages: when, with whom, and whether moved, skipped or held. */
export const MeetingList = ({ label, meetings, showScheduled = false }: MeetingListProps) => (
  <ul className="meeting-list" aria-label={label}>
    {meetings.map((meeting) => {
      const other = otherPerson(meeting.series);
      return (
        <li key={meeting.id} className="meeting-list__item" data-testid="meeting-row">
          <Link className="meeting-list__link" to={oneOnOneMeetingPath(meeting.id)}>
            <time className="meeting-list__time" dateTime={meeting.startsAt}>
              {formatMeetingTime(meeting.startsAt, meeting.endsAt)}
            </time>
            <span className="meeting-list__with">1:1 with {other.name}</span>
          </Link>
          <MeetingBadges status={meeting.status} moved={meeting.moved} showScheduled={showScheduled} />
        </li>
      );
    })}
  </ul>
);
