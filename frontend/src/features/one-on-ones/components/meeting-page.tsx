import { Link } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { oneOnOneSeriesPath, paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { errorCode } from '@/lib/graphql';

import { useOneOnOneMeeting } from '../api/get-meeting';
import { formatMeetingTime } from '../utils/meeting-time';
import { otherPerson } from '../utils/other-person';

import { ActionItems } from './action-items';
import { Agenda } from './agenda';
import { ManagerActions, MarkHeld, NextMeetingLink } from './meeting-actions';
import { MeetingBadges } from './meeting-badges';
import { PrivateNote } from './private-note';
import { SharedNotes } from './shared-notes';

const backToList = (
  <Link className="button button--secondary" to={paths.oneOnOnes}>
    My 1:1s
  </Link>
);

/** One meeting of a series: the two people prepare it together, hold it, and leave with action items. */
export const MeetingPage = ({ meetingId, viewerId }: { meetingId: string; viewerId: string }) => {
  const meeting = useOneOnOneMeeting(meetingId);

  if (meeting.isPending) {
    return (
      <ContentLayout title="1:1">
        <Spinner label="Loading the 1:1…" />
      </ContentLayout>
    );
  }
  // A failed poll keeps showing the meeting already loaded.
  if (!meeting.data) {
    return errorCode(meeting.error) === 'NOT_FOUND' ? (
      <ContentLayout title="1:1 not found" actions={backToList}>
        <EmptyState
          icon={<UsersIcon />}
          title="There is no such 1:1"
          description="The link may be mistyped, or the meeting is not one of yours: a 1:1 is visible to its two people only."
        />
      </ContentLayout>
    ) : (
      <ContentLayout title="1:1" actions={backToList}>
        <LoadError title="The 1:1 could not be loaded" error={meeting.error} onRetry={() => void meeting.refetch()} />
      </ContentLayout>
    );
  }

  const data = meeting.data;
  const { series } = data;
  const other = otherPerson(series);
  const closed = data.status !== 'SCHEDULED';
  return (
    <ContentLayout
      title={`1:1 with ${other.name}`}
      description={`${formatMeetingTime(data.startsAt, data.endsAt)} · ${other.title}`}
      actions={
        <>
          {series.viewerIsManager ? (
            <Link className="button button--secondary" to={oneOnOneSeriesPath(series.id)}>
              Schedule
            </Link>
          ) : null}
          {backToList}
        </>
      }
    >
      <div className="meeting-status-bar" data-testid="meeting-header">
        <MeetingBadges status={data.status} moved={data.moved} />
        {data.status === 'HELD' && data.heldAt ? <span className="muted">Marked as held {formatDateTime(data.heldAt)}</span> : null}
        {data.status === 'SKIPPED' ? <span className="muted">Its open topics and action items moved to the next 1:1.</span> : null}
        {data.status === 'MISSED' ? (
          <span className="muted">It passed without being held or skipped; its open topics and action items wait in the next 1:1.</span>
        ) : null}
        <NextMeetingLink meeting={data} />
      </div>
      {meeting.isError ? (
        <p className="field__error" role="status">
          The 1:1 could not be refreshed: {meeting.error.message} It is shown as last loaded.
        </p>
      ) : null}
      <MarkHeld meeting={data} />
      <div className="meeting-page">
        <div className="meeting-page__main">
          <Agenda meeting={data} viewerId={viewerId} closed={closed} />
          <ActionItems meeting={data} viewerId={viewerId} closed={closed} />
        </div>
        <div className="meeting-page__side">
          <SharedNotes meeting={data} closed={closed} />
          <PrivateNote meeting={data} />
        </div>
      </div>
      {series.viewerIsManager && data.status === 'SCHEDULED' ? <ManagerActions meeting={data} /> : null}
    </ContentLayout>
  );
};
