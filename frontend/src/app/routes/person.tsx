import { useState } from 'react';
import { useParams } from 'react-router';

import { ContentLayout } from '@/components/layout/content-layout';
import { Alert } from '@/components/ui/alert';
import { useEmployee } from '@/features/people/api/get-employee';
import { EmployeeProfile } from '@/features/people/components/employee-profile';
import type { Kudos } from '@/features/recognition/api/kudos-cache';
import { ProfileKudos } from '@/features/recognition/components/profile-kudos';
import { RecogniseDialog } from '@/features/recognition/components/recognise-dialog';
import { listNames } from '@/features/recognition/utils/format';

import { useSession } from '../session';

export const PersonRoute = () => {
  const me = useSession();
  const { id = '' } = useParams();
  return (
    <ContentLayout title="Profile">
      {/* A new person is a new page: no state carries over from the previous profile. */}
      <PersonPage key={id} id={id} viewerId={me.id} />
    </ContentLayout>
  );
};

// The profile (people) with the person's kudos and a way to recognise them (recognition).
const PersonPage = ({ id, viewerId }: { id: string; viewerId: string }) => {
  // The same cached query the profile reads: no second request.
  const person = useEmployee(id).data;
  const [recognising, setRecognising] = useState(false);
  const [given, setGiven] = useState<Kudos | null>(null);
  const canRecognise = person && person.active && person.id !== viewerId;

  return (
    <>
      <EmployeeProfile
        id={id}
        viewerId={viewerId}
        actions={
          canRecognise ? (
            <button type="button" className="button" onClick={() => setRecognising(true)}>
              Recognise {person.name}
            </button>
          ) : undefined
        }
      />
      {given ? (
        <div className="page-section">
          <Alert tone="success" title={`Kudos sent to ${listNames(given.recipients.map((recipient) => recipient.name))}.`} />
        </div>
      ) : null}
      {person ? <ProfileKudos employeeId={person.id} name={person.name} viewerId={viewerId} /> : null}
      {recognising && person ? (
        <RecogniseDialog
          viewerId={viewerId}
          colleague={{ id: person.id, name: person.name, title: person.title }}
          onClose={() => setRecognising(false)}
          onGiven={setGiven}
        />
      ) : null}
    </>
  );
};
