import { useState } from 'react';
import { useParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { Alert } from '@/components/ui/alert';
import type { FeedbackNote } from '@/features/feedback/api/feedback-cache';
import { FeedbackAbout } from '@/features/feedback/components/feedback-about';
import { GiveFeedbackDialog } from '@/features/feedback/components/give-feedback-dialog';
import { useEmployee } from '@/features/people/api/get-employee';
import { EmployeeProfile } from '@/features/people/components/employee-profile';
import type { Kudos } from '@/features/recognition/api/kudos-cache';
import { ProfileKudos } from '@/features/recognition/components/profile-kudos';
import { RecogniseDialog } from '@/features/recognition/components/recognise-dialog';
import { listNames } from '@/lib/format';

import { useSession } from '../session';

export const PersonRoute = () => {
  const me = useSession();
  const { id = '' } = useParams();
  return (
    <ContentLayout title="Profile">
      {/* A new person is a new page: no state carries over from the previous profile. */}
      <PersonPage key={id} id={id} viewer={{ id: me.id, isHrAdmin: me.isHrAdmin }} />
    </ContentLayout>
  );
};

type Viewer = { id: string; isHrAdmin: boolean };
type Dialog = 'recognise' | 'feedback' | null;

// The profile (people) with the person's kudos and a way to recognise them (recognition), a way to give them
// feedback, and for their manager and HR the feedback shared about them (feedback).
const PersonPage = ({ id, viewer }: { id: string; viewer: Viewer }) => {
  // The same cached query the profile reads: no second request.
  const person = useEmployee(id).data;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [given, setGiven] = useState<Kudos | null>(null);
  const [feedbackSent, setFeedbackSent] = useState<FeedbackNote | null>(null);
  const canAct = person && person.active && person.id !== viewer.id;
  // Feedback shared with the manager reaches the direct manager and HR here (the server also lets managers further
  // up read it, but a profile does not know the whole reporting line).
  const seesSharedFeedback = person && person.id !== viewer.id && (viewer.isHrAdmin || person.manager?.id === viewer.id);
  const colleague = person ? { id: person.id, name: person.name, title: person.title } : null;

  return (
    <>
      <EmployeeProfile
        id={id}
        viewerId={viewer.id}
        actions={
          canAct ? (
            <>
              <button type="button" className="button" onClick={() => setDialog('recognise')}>
                Recognise {person.name}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDialog('feedback')}>
                Give feedback
              </button>
            </>
          ) : undefined
        }
      />
      {given ? (
        <div className="page-section">
          <Alert tone="success" title={`Kudos sent to ${listNames(given.recipients.map((recipient) => recipient.name))}.`} />
        </div>
      ) : null}
      {feedbackSent ? (
        <div className="page-section">
          <Alert tone="success" title={`Feedback sent to ${feedbackSent.recipient.name}.`} />
        </div>
      ) : null}
      {person && seesSharedFeedback ? <FeedbackAbout employeeId={person.id} name={person.name} /> : null}
      {person ? <ProfileKudos employeeId={person.id} name={person.name} viewerId={viewer.id} /> : null}
      {dialog === 'recognise' && colleague ? (
        <RecogniseDialog viewerId={viewer.id} colleague={colleague} onClose={() => setDialog(null)} onGiven={setGiven} />
      ) : null}
      {dialog === 'feedback' && colleague ? (
        <GiveFeedbackDialog viewerId={viewer.id} colleague={colleague} onClose={() => setDialog(null)} onGiven={setFeedbackSent} />
      ) : null}
    </>
  );
};
