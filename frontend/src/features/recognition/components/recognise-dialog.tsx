import { useEffect, useId, useRef } from 'react';

import { CloseIcon } from '@/components/ui/icons';

import type { Kudos } from '../api/kudos-cache';
import type { Colleague } from '../api/search-colleagues';

import { KudosComposer } from './kudos-composer';

type RecogniseDialogProps = {
  viewerId: string;
  colleague: Colleague;
  /** The dialog closed (Escape, the close button, or the kudos was given): unmount it. */
  onClose: () => void;
  onGiven: (kudos: Kudos) => void;
};

// A modal <dialog>: the browser traps the focus inside, makes the page behind inert, closes it on
// Escape, and on close() gives the focus back to the button that opened it. Mount it to open it;
// each opening starts a new kudos.
export const RecogniseDialog = ({ viewerId, colleague, onClose, onGiven }: RecogniseDialogProps) => {
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // The colleague is chosen already: start where there is something to do.
    dialog.querySelector<HTMLElement>('.option-group input, textarea')?.focus();
    // No close() on unmount: a dialog leaves the top layer with its element.
  }, []);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId} onClose={onClose}>
      <header className="dialog__header">
        <h2 id={headingId} className="dialog__title">
          Recognise {colleague.name}
        </h2>
        <button
          type="button"
          className="icon-button dialog__close"
          aria-label="Close"
          onClick={() => dialogRef.current?.close()}
        >
          <CloseIcon />
        </button>
      </header>
      <KudosComposer
        viewerId={viewerId}
        initialRecipients={[colleague]}
        onGiven={(kudos) => {
          onGiven(kudos);
          dialogRef.current?.close();
        }}
      />
    </dialog>
  );
};
