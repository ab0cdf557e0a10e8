import { useEffect, useId, useRef } from 'react';

import { CloseIcon } from '@/components/ui/icons';

import type { FeedbackNote } from '../api/feedback-cache';
import type { Colleague } from '../api/search-colleagues';

import { GiveFeedbackForm } from './give-feedback-form';

type GiveFeedbackDialogProps = {
  viewerId: string;
  colleague: Colleague;
  /** The dialog closed (Escape, the close button, Cancel, or the feedback was sent): unmount it. */
  onClose: () => void;
  onGiven: (note: FeedbackNote) => void;
};

// A modal <dialog>, as the profile's "Recognise" one: the browser traps the focus, makes the page behind inert,
// closes on Escape and gives the focus back to the opening button. Mount it to open it.
export const GiveFeedbackDialog = ({ viewerId, colleague, onClose, onGiven }: GiveFeedbackDialogProps) => {
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('textarea')?.focus();
  }, []);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId} onClose={onClose}>
      <header className="dialog__header">
        <h2 id={headingId} className="dialog__title">
          Give {colleague.name} feedback
        </h2>
        <button type="button" className="icon-button dialog__close" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          <CloseIcon />
        </button>
      </header>
      <GiveFeedbackForm
        viewerId={viewerId}
        recipient={colleague}
        onGiven={(note) => {
          onGiven(note);
          dialogRef.current?.close();
        }}
        onCancel={() => dialogRef.current?.close()}
      />
    </dialog>
  );
};
