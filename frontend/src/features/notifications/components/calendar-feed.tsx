import { useEffect, useId, useRef, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { CalendarCheckIcon, CopyIcon } from '@/components/ui/icons';
import { formatDateTime } from '@/lib/format';

import type { NotificationPreferences } from '../api/get-notification-preferences';
import { useResetCalendarFeed } from '../api/reset-calendar-feed';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';

type CalendarFeedProps = { feed: NotificationPreferences['calendarFeed'] };

type Confirming = 'reset' | 'revoke' | null;

/**
 * The private calendar feed of my 1:1s: create it, replace its URL, or turn it off. The server keeps only
 * a hash of the URL, so it is shown once, right after it is made, and kept nowhere in this browser.
 */
export const CalendarFeed = ({ feed }: CalendarFeedProps) => {
  const id = useId();
  const reset = useResetCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [revoked, setRevoked] = useState(false);

  const createOrReset = () => {
    setConfirming(null);
    setRevoked(false);
    revoke.reset();
    reset.mutate(undefined, { onSuccess: setUrl });
  };

  const turnOff = () => {
    setConfirming(null);
    reset.reset();
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setRevoked(true);
      },
    });
  };

  const busy = reset.isPending || revoke.isPending;

  return (
    <section className="card calendar-feed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        Calendar feed
      </h2>
      <p>
        Subscribe to your 1:1s from Outlook, Google Calendar or Apple Calendar with a private address: moved and skipped
        meetings update there by themselves.
      </p>
      <p className="calendar-feed__status" data-testid="calendar-feed-status">
        <CalendarCheckIcon />
        {feed.active
          ? `Your calendar feed is on${feed.createdAt ? `, created ${formatDateTime(feed.createdAt)}` : ''}.`
          : 'You have no calendar feed.'}
      </p>

      {url ? <FeedUrl key={url} url={url} onDone={() => setUrl(null)} /> : null}

      {confirming === 'reset' ? (
        <Alert tone="info" title="Replace the address?">
          <p>
            The current address stops working at once: calendars subscribed to it stop showing your 1:1s until you subscribe
            them to the new one.
          </p>
          <div className="form__actions">
            <button type="button" className="button" onClick={createOrReset}>
              Replace the address
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </Alert>
      ) : confirming === 'revoke' ? (
        <Alert tone="info" title="Turn off the calendar feed?">
          <p>The address stops working at once, and calendars subscribed to it stop showing your 1:1s.</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={turnOff}>
              Turn off the feed
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </Alert>
      ) : (
        <div className="form__actions">
          {feed.active ? (
            <>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming('reset')}>
                Replace the address
              </button>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming('revoke')}>
                Turn off the feed
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={createOrReset}>
              {reset.isPending ? 'Creating…' : 'Create calendar feed'}
            </button>
          )}
        </div>
      )}

      {reset.isError ? (
        <Alert tone="error" title="No calendar feed address was made">
          <p>{reset.error.message}</p>
        </Alert>
      ) : null}
      {revoke.isError ? (
        <Alert tone="error" title="The calendar feed is still on">
          <p>{revoke.error.message}</p>
        </Alert>
      ) : null}
      {revoked ? <Alert tone="success" title="Calendar feed turned off. Its address no longer works." /> : null}
    </section>
  );
};

type CopyResult = 'copied' | 'failed' | null;

const FeedUrl = ({ url, onDone }: { url: string; onDone: () => void }) => {
  const id = useId();
  const [copied, setCopied] = useState<CopyResult>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // The address appeared where the buttons were: take focus there, so it is read out.
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
      inputRef.current?.select();
    }
  };

  return (
    <div className="calendar-feed__url" data-testid="calendar-feed-url-panel">
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="calendar-feed__url-heading">
        Your private calendar address
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-url`}>
          Calendar feed address
        </label>
        <div className="calendar-feed__row">
          <input
            ref={inputRef}
            id={`${id}-url`}
            className="input calendar-feed__input"
            type="text"
            readOnly
            value={url}
            spellCheck={false}
            data-testid="calendar-feed-url"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            <CopyIcon />
            Copy address
          </button>
        </div>
        <p className="calendar-feed__copied" role="status">
          {copied === 'copied'
            ? 'Address copied. Paste it into your calendar app as a subscription ("From URL", "Subscribe to calendar").'
            : copied === 'failed'
              ? 'This browser would not copy it: the address is selected, copy it with Ctrl+C (⌘C on a Mac).'
              : ''}
        </p>
      </div>
      <Alert tone="info" title="Shown only this once, and secret">
        <ul className="calendar-feed__rules">
          <li>Anyone with this address can see when your 1:1s are and with whom, without signing in. Share it with nobody.</li>
          <li>Engagement does not keep it: once you leave this page it cannot be shown again.</li>
          <li>Lost it, or shared it by mistake? Replace the address: the old one stops working at once.</li>
        </ul>
      </Alert>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have added it to my calendar
        </button>
      </div>
    </div>
  );
};
