import { useId } from 'react';

import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/hooks/use-now';

import { useFeedbackAbout } from '../api/get-feedback-about';

import { FeedbackNoteCard } from './feedback-note-card';

type FeedbackAboutProps = { employeeId: string; name: string };

/** On a report's profile, for their managers and HR: feedback shared with the manager, and answers to requests about them. */
export const FeedbackAbout = ({ employeeId, name }: FeedbackAboutProps) => {
  const headingId = useId();
  const notes = useFeedbackAbout(employeeId);
  const now = useNow();
  return (
    <section className="page-section" aria-labelledby={headingId} data-testid="feedback-about">
      <h2 id={headingId} className="section-title">
        Feedback shared about {name}
      </h2>
      {notes.isPending ? (
        <Spinner label="Loading feedback…" />
      ) : notes.isError ? (
        <LoadError title="Feedback could not be loaded" error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.length === 0 ? (
        <p className="muted">No feedback about {name} has been shared with their managers yet. Private feedback stays between the two people.</p>
      ) : (
        <ul className="feedback-list" aria-label={`Feedback about ${name}`}>
          {notes.data.map((note) => (
            <li key={note.id} className="card feedback-list__note">
              <FeedbackNoteCard note={note} perspective="about" now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
