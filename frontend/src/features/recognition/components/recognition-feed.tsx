import { useSearchParams } from 'react-router';

import { Tabs } from '@/components/ui/tabs';

import type { FeedFilter } from '../utils/feed-filter';

import { KudosFeed } from './kudos-feed';
import { LiveIndicator } from './live-indicator';

export type FeedViewer = { id: string; teamId?: string | null };

type FeedTab = 'company' | 'team' | 'received' | 'given';

const tabOf = (name: string | null, viewer: FeedViewer): FeedTab =>
  name === 'received' || name === 'given' || (name === 'team' && viewer.teamId) ? name : 'company';

function filterOf(tab: FeedTab, viewer: FeedViewer): FeedFilter {
  switch (tab) {
    case 'company':
      return { scope: 'COMPANY' };
    case 'team':
      return { scope: 'TEAM', teamId: viewer.teamId ?? '' };
    case 'received':
      return { scope: 'PERSON', employeeId: viewer.id, direction: 'RECEIVED' };
    case 'given':
      return { scope: 'PERSON', employeeId: viewer.id, direction: 'GIVEN' };
  }
}

const emptyStates: Record<FeedTab, { title: string; description: string }> = {
  company: {
    title: 'No kudos yet',
    description: 'Be the first: recognise a colleague for living one of the company values.',
  },
  team: {
    title: 'No kudos for your team yet',
    description: 'When someone in your team is recognised, it shows here.',
  },
  received: {
    title: 'You have not received kudos yet',
    description: 'When a colleague recognises you, it shows here.',
  },
  given: {
    title: 'You have not given kudos yet',
    description: 'Recognise a colleague above: it takes a minute and makes their day.',
  },
};

const labels: Record<FeedTab, string> = {
  company: 'Company',
  team: 'My team',
  received: 'Received',
  given: 'Given',
};

type RecognitionFeedProps = {
  viewer: FeedViewer;
  /** Whether to show that the feed is live (Home shows it on the company card already). */
  showLiveStatus?: boolean;
};

// The tab lives in the URL (?feed=), so a filtered feed can be reloaded, shared and left with Back.
export const RecognitionFeed = ({ viewer, showLiveStatus = true }: RecognitionFeedProps) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = tabOf(searchParams.get('feed'), viewer);
  const tabs = (['company', 'team', 'received', 'given'] as const)
    .filter((id) => id !== 'team' || viewer.teamId)
    .map((id) => ({ id, label: labels[id] }));

  const select = (id: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === 'company') next.delete('feed');
        else next.set('feed', id);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <section className="recognition-feed" aria-labelledby="recognition-feed-heading">
      <header className="recognition-feed__header">
        <h2 id="recognition-feed-heading" className="section-title">
          Recognition feed
        </h2>
        {showLiveStatus ? <LiveIndicator /> : null}
      </header>
      <Tabs label="Show kudos" tabs={tabs} selected={tab} onSelect={select}>
        <KudosFeed
          key={tab}
          filter={filterOf(tab, viewer)}
          viewerId={viewer.id}
          label={`${labels[tab]} kudos`}
          empty={emptyStates[tab]}
        />
      </Tabs>
    </section>
  );
};
