import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { AwardIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/hooks/use-now';
import { listNames } from '@/lib/format';

import { useKudosOptions } from '../api/get-kudos-options';
import { useRecognitionFeed } from '../api/get-recognition-feed';
import { useKudosGivenSubscription } from '../api/kudos-given';
import { feedIncludes, type FeedFilter } from '../utils/feed-filter';

import { KudosCard } from './kudos-card';

type KudosFeedProps = {
  filter: FeedFilter;
  viewerId: string;
  /** Names the list for assistive technology, e.g. "Company kudos". */
  label: string;
  empty: { title: string; description: string };
};

/** Kudos newest first, with new ones arriving live on top, and "Load more" for older ones. */
export const KudosFeed = ({ filter, viewerId, label, empty }: KudosFeedProps) => {
  const feed = useRecognitionFeed(filter);
  const options = useKudosOptions();
  const now = useNow();
  const [announcement, setAnnouncement] = useState('');
  useKudosGivenSubscription({
    viewerId,
    onKudos: (kudos) => {
      // Kudos given here are confirmed by the composer; others are read out when they belong in this feed.
      if (kudos.giver.id === viewerId || feedIncludes(filter, kudos) === false) return;
      const recipients = listNames(kudos.recipients.map((recipient) => recipient.name));
      setAnnouncement(`New kudos: ${kudos.giver.name} recognised ${recipients} for ${kudos.value}.`);
    },
  });

  if (feed.isPending) return <Spinner label="Loading kudos…" />;
  if (!feed.data) {
    return <LoadError title="The kudos could not be loaded" error={feed.error} onRetry={() => void feed.refetch()} />;
  }

  const kudos = feed.data.pages.flatMap((page) => page.nodes);
  return (
    <div className="kudos-feed">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {kudos.length === 0 ? (
        <EmptyState icon={<AwardIcon />} title={empty.title} description={empty.description} />
      ) : (
        <ul className="kudos-list" aria-label={label}>
          {kudos.map((entry) => (
            <li key={entry.id}>
              <KudosCard kudos={entry} reactions={options.data?.reactions ?? []} now={now} />
            </li>
          ))}
        </ul>
      )}
      {feed.hasNextPage ? (
        <div className="kudos-feed__more">
          <button
            type="button"
            className="button button--secondary"
            disabled={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
          >
            {feed.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
      {feed.isFetchNextPageError ? (
        <p className="field__error" role="alert">
          Older kudos could not be loaded: {feed.error?.message}
        </p>
      ) : null}
    </div>
  );
};
