import { useId, useState, type DragEvent } from 'react';

import { UploadIcon } from './icons';

type FileDropZoneProps = {
  /** For the file picker, such as ".csv,text/csv". */
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  buttonLabel: string;
  hint?: string;
};

/** A file picker that also takes a file dropped on it; the picker stays a real, focusable file input. */
export const FileDropZone = ({ accept, onFile, disabled, buttonLabel, hint }: FileDropZoneProps) => {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const over = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone--dragging' : ''}${disabled ? ' drop-zone--disabled' : ''}`}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <span className="drop-zone__icon">
        <UploadIcon />
      </span>
      <p className="drop-zone__text">Drag the file here, or</p>
      <input
        id={inputId}
        type="file"
        accept={accept}
        className="visually-hidden"
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={inputId} className="button button--secondary drop-zone__button">
        {buttonLabel}
      </label>
      {hint ? (
        <p id={hintId} className="drop-zone__hint muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
