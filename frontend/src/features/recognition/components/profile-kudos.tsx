import { useState } from 'react';

import { Tabs } from '@/components/ui/tabs';
import { plural } from '@/lib/format';

import { useMyAllowance, type MyAllowance } from '../api/get-my-allowance';
import { useRecognitionFeed } from '../api/get-recognition-feed';
import type { FeedFilter } from '../utils/feed-filter';

import { KudosFeed } from './kudos-feed';

type ProfileKudosProps = {
  employeeId: string;
  /** Whose profile it is, for the empty states: "Ada has not …". */
  name: string;
  viewerId: string;
};

type Direction = 'RECEIVED' | 'GIVEN';

/**
 * How many kudos the feed holds so far: exact once every page is loaded, "20+" before. (The API
 * has no total count for a feed.)
 */
function useLoadedCount(filter: FeedFilter): string | undefined {
  const feed = useRecognitionFeed(filter);
  if (!feed.data) return undefined;
  const loaded = feed.data.pages.reduce((sum, page) => sum + page.nodes.length, 0);
  return feed.hasNextPage ? `${loaded}+` : String(loaded);
}

/** A profile's "Kudos received" and "Kudos given" tabs. */
export const ProfileKudos = ({ employeeId, name, viewerId }: ProfileKudosProps) => {
  const [direction, setDirection] = useState<Direction>('RECEIVED');
  const filters: Record<Direction, FeedFilter> = {
    RECEIVED: { scope: 'PERSON', employeeId, direction: 'RECEIVED' },
    GIVEN: { scope: 'PERSON', employeeId, direction: 'GIVEN' },
  };
  const own = employeeId === viewerId;
  // The allowance counts what the signed-in person received; only their own profile can use it.
  const allowance = useMyAllowance();
  const mine = own ? allowance.data : undefined;
  // Both feeds are read, so that both tabs can say how many kudos they hold.
  const counts = {
    RECEIVED: useLoadedCount(filters.RECEIVED),
    GIVEN: useLoadedCount(filters.GIVEN),
  };
  if (mine) counts.RECEIVED = String(mine.receivedKudos);
  const firstName = name.split(/\s+/)[0] || name;

  const tabLabel = (label: string, count: string | undefined) => (
    <>
      {label}
      {count === undefined ? null : <span className="tabs__count"> {count}</span>}
    </>
  );

  return (
    <section className="page-section profile-kudos" aria-labelledby="profile-kudos-heading">
      <h2 id="profile-kudos-heading" className="section-title">
        Recognition
      </h2>
      {mine ? <ReceivedSummary allowance={mine} /> : null}
      <Tabs
        label="Kudos"
        tabs={[
          { id: 'RECEIVED', label: tabLabel('Kudos received', counts.RECEIVED) },
          { id: 'GIVEN', label: tabLabel('Kudos given', counts.GIVEN) },
        ]}
        selected={direction}
        onSelect={(id) => setDirection(id as Direction)}
      >
        <KudosFeed
          key={direction}
          filter={filters[direction]}
          viewerId={viewerId}
          label={direction === 'RECEIVED' ? `Kudos ${firstName} received` : `Kudos ${firstName} gave`}
          empty={
            direction === 'RECEIVED'
              ? {
                  title: own ? 'You have not received kudos yet' : `${firstName} has not received kudos yet`,
                  description: own
                    ? 'When a colleague recognises you, it shows here.'
                    : `Noticed something ${firstName} did well? Recognise them.`,
                }
              : {
                  title: own ? 'You have not given kudos yet' : `${firstName} has not given kudos yet`,
                  description: own
                    ? 'Recognise a colleague from Home or the Recognition page.'
                    : 'Kudos they give to colleagues show here.',
                }
          }
        />
      </Tabs>
    </section>
  );
};

const ReceivedSummary = ({ allowance }: { allowance: MyAllowance }) => (
  <p className="profile-kudos__summary" data-testid="received-summary">
    You received <strong>{plural(allowance.receivedThisMonth, 'point', 'points')}</strong> this month, and{' '}
    <strong>{plural(allowance.receivedTotal, 'point', 'points')}</strong> in{' '}
    {plural(allowance.receivedKudos, 'kudos', 'kudos')} since you joined.
  </p>
);
