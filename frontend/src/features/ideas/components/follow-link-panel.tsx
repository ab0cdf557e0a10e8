import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { CopyIcon } from '@/components/ui/icons';
import { followIdeaPath, paths } from '@/config/paths';

type FollowLinkPanelProps = { title: string; token: string };

type CopyResult = 'copied' | 'failed' | null;

// The follow token is shown here once and kept nowhere: not on the server (which stores a hash), not in
// localStorage, not in the URL of this page. On a shared computer a stored token would tell the next
// person who wrote the idea, so the author copies it and decides where it goes.
export const FollowLinkPanel = ({ title, token }: FollowLinkPanelProps) => {
  const id = useId();
  const navigate = useNavigate();
  const link = `${window.location.origin}${followIdeaPath(token)}`;
  const [copied, setCopied] = useState<CopyResult>(null);
  const [kept, setKept] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // The form is gone: tell screen readers (and everyone) where they are now.
  useEffect(() => headingRef.current?.focus(), []);

  // Closing the tab before the link is kept would lose it for good: the browser asks first.
  useEffect(() => {
    if (kept) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [kept]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
      inputRef.current?.select();
    }
  };

  return (
    <section className="card follow-link" aria-labelledby={`${id}-heading`} data-testid="follow-link-panel">
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="follow-link__heading">
        Keep your private link
      </h2>
      <p>
        Your idea “{title}” is on the board, anonymously. This link is the only way back to it: to read the answers, and to
        edit the idea while it is new.
      </p>
      <div className="field follow-link__field">
        <label className="field__label" htmlFor={`${id}-link`}>
          Your private link
        </label>
        <div className="follow-link__row">
          <input
            ref={inputRef}
            id={`${id}-link`}
            className="input follow-link__input"
            type="text"
            readOnly
            value={link}
            spellCheck={false}
            data-testid="follow-link"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            <CopyIcon />
            Copy link
          </button>
        </div>
        <p className="follow-link__copied" role="status">
          {copied === 'copied'
            ? 'Link copied. Paste it somewhere only you can open.'
            : copied === 'failed'
              ? 'This browser would not copy it: the link is selected, copy it with Ctrl+C (⌘C on a Mac).'
              : ''}
        </p>
      </div>
      <Alert tone="info" title="Shown only this once">
        <ul className="follow-link__rules">
          <li>
            Engagement does not keep this link, neither on the server nor in this browser. Once you leave this page, nobody can
            show it to you again.
          </li>
          <li>
            Keep it where only you can open it, such as your password manager or a private note. Anyone with the link can read
            the answers and edit the idea while it is new.
          </li>
          <li>Opening the link leaves it in the browser’s history: on a shared computer, open it in a private window.</li>
        </ul>
      </Alert>
      <div className="follow-link__done">
        <label className="checkbox" htmlFor={`${id}-kept`}>
          <input id={`${id}-kept`} type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} />
          <span>I have kept the link somewhere safe</span>
        </label>
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={!kept}
            aria-describedby={kept ? undefined : `${id}-why`}
            onClick={() => navigate(paths.ideas)}
          >
            Go to the ideas board
          </button>
          {kept ? (
            <Link className="button button--secondary" to={followIdeaPath(token)}>
              Open my private page
            </Link>
          ) : null}
        </div>
        {kept ? null : (
          <p id={`${id}-why`} className="field__hint">
            Tick the box once the link is safe: this page is the only place it is shown.
          </p>
        )}
      </div>
    </section>
  );
};
