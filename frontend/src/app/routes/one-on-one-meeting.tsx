import { useParams } from 'react-router';

import { MeetingPage } from '@/features/one-on-ones/components/meeting-page';

import { useSession } from '../session';

export const OneOnOneMeetingRoute = () => {
  const { meetingId = '' } = useParams();
  const me = useSession();
  // Another meeting is another page: no drafts or notices carry over.
  return <MeetingPage key={meetingId} meetingId={meetingId} viewerId={me.id} />;
};
