import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { MessageIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { Tabs } from '@/components/ui/tabs';
import { paths } from '@/config/paths';
import { useNow } from '@/hooks/use-now';

import { useFeedbackInbox, type FeedbackInbox as Inbox } from '../api/get-feedback-inbox';

import { FeedbackNoteCard } from './feedback-note-card';
import { MyRequestCard } from './my-request-card';
import { RequestToMe } from './request-to-me';

type InboxTab = 'received' | 'given' | 'requests';

const tabOf = (name: string | null): InboxTab => (name === 'given' || name === 'requests' ? name : 'received');

const labels: Record<InboxTab, string> = { received: 'Received', given: 'Given', requests: 'Requests' };

const count = (tab: InboxTab, inbox: Inbox) =>
  tab === 'received' ? inbox.received.length : tab === 'given' ? inbox.given.length : inbox.myRequests.length;

// Requests waiting for my answer come first, since they are what I can act on; the lists behind tabs keep the
// chosen one in the URL (?view=), so that it survives a reload and Back.
export const FeedbackInbox = ({ viewerId }: { viewerId: string }) => {
  const inbox = useFeedbackInbox();
  const now = useNow();
  const [searchParams, setSearchParams] = useSearchParams();
  const [done, setDone] = useState<string | null>(null);
  const tab = tabOf(searchParams.get('view'));

  if (inbox.isPending) return <Spinner label="Loading your feedback…" />;
  if (inbox.isError) return <LoadError title="Your feedback could not be loaded" error={inbox.error} onRetry={() => void inbox.refetch()} />;

  const select = (id: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === 'received') next.delete('view');
        else next.set('view', id);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const { requestsToMe } = inbox.data;
  return (
    <>
      {done ? <Alert tone="success" title={done} /> : null}
      {requestsToMe.length > 0 ? (
        <section className="page-section feedback-inbox__waiting" aria-labelledby="requests-to-me-heading">
          <h2 id="requests-to-me-heading" className="section-title">
            Waiting for your answer ({requestsToMe.length.toLocaleString()})
          </h2>
          <p className="muted feedback-inbox__note">Once a request is past its due time, you are reminded once a day until you answer or decline.</p>
          <ul className="feedback-list" aria-label="Requests waiting for your answer">
            {requestsToMe.map((request) => (
              <li key={request.id}>
                <RequestToMe request={request} viewerId={viewerId} now={now} onDone={setDone} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="page-section" aria-label="Your feedback">
        <Tabs
          label="Show feedback"
          tabs={(['received', 'given', 'requests'] as const).map((id) => ({
            id,
            label: (
              <>
                {labels[id]}
                <span className="tabs__count"> {count(id, inbox.data).toLocaleString()}</span>
              </>
            ),
          }))}
          selected={tab}
          onSelect={select}
        >
          {tab === 'requests' ? (
            <List
              label="Requests by you or about you"
              empty={
                <EmptyState
                  icon={<MessageIcon />}
                  title="You have not asked for feedback yet"
                  description="Ask a few colleagues a question about your work; their answers collect here."
                  action={
                    <Link className="button" to={paths.requestFeedback}>
                      Request feedback
                    </Link>
                  }
                />
              }
            >
              {inbox.data.myRequests.map((request) => (
                <li key={request.id}>
                  <MyRequestCard request={request} viewerId={viewerId} now={now} />
                </li>
              ))}
            </List>
          ) : (
            <List
              label={tab === 'received' ? 'Feedback you received' : 'Feedback you gave'}
              empty={
                tab === 'received' ? (
                  <EmptyState
                    icon={<MessageIcon />}
                    title="No feedback for you yet"
                    description="Feedback colleagues give you shows here. Asking is the quickest way to get some."
                    action={
                      <Link className="button" to={paths.requestFeedback}>
                        Request feedback
                      </Link>
                    }
                  />
                ) : (
                  <EmptyState
                    icon={<MessageIcon />}
                    title="You have not given feedback yet"
                    description="A few specific sentences about what went well, or what could go better, help a colleague grow."
                    action={
                      <Link className="button" to={paths.giveFeedback}>
                        Give feedback
                      </Link>
                    }
                  />
                )
              }
            >
              {(tab === 'received' ? inbox.data.received : inbox.data.given).map((note) => (
                <li key={note.id} className="card feedback-list__note">
                  <FeedbackNoteCard note={note} perspective={tab} now={now} />
                </li>
              ))}
            </List>
          )}
        </Tabs>
      </section>
    </>
  );
};

const List = ({ label, empty, children }: { label: string; empty: ReactNode; children: ReactNode[] }) =>
  children.length === 0 ? (
    empty
  ) : (
    <ul className="feedback-list" aria-label={label}>
      {children}
    </ul>
  );
