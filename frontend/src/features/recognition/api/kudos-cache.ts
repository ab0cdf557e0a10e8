import type { InfiniteData, QueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { KudosCardFieldsFragment } from '@/lib/gql/graphql';

import { feedIncludes, type FeedFilter } from '../utils/feed-filter';
import { markFresh } from '../utils/fresh-kudos';

// Every operation that returns a kudos asks for these fields, so that any answer can replace the
// cached copy of that kudos wherever it is shown: in every feed, and in its detail. Only what a card
// shows: the server's complexity budget (2,000) counts every field of every kudos on a feed page.
// Exported for codegen's sake only: operations spread it by name (`...KudosCardFields`).
export const kudosCardFields = graphql(`
  fragment KudosCardFields on Kudos {
    id
    giver {
      id
      name
    }
    recipients {
      id
      name
    }
    message
    value
    points
    createdAt
    reactions {
      emoji
      count
      reactedByMe
    }
    comments {
      id
      author {
        id
        name
      }
      text
      createdAt
    }
    commentCount
  }
`);

export type Kudos = KudosCardFieldsFragment;
export type KudosComment = Kudos['comments'][number];

export type FeedPage = { nodes: Kudos[]; endCursor?: string | null; hasNextPage: boolean };
export type FeedData = InfiniteData<FeedPage, string | null>;

export const recognitionKeys = {
  all: ['recognition'] as const,
  feeds: ['recognition', 'feed'] as const,
  feed: (filter: FeedFilter) => ['recognition', 'feed', filter] as const,
  kudos: (id: string) => ['recognition', 'kudos', id] as const,
  allowance: ['recognition', 'allowance'] as const,
  options: ['recognition', 'options'] as const,
  leaderboards: ['recognition', 'leaderboard'] as const,
  leaderboardFilters: ['recognition', 'leaderboard-filters'] as const,
  colleagues: (search: string) => ['recognition', 'colleagues', search] as const,
};

/**
 * Replaces one kudos wherever it is cached: in every feed that holds it (`inFeed`), and in its
 * detail, which unlike a feed carries all of its comments.
 */
export function updateCachedKudos(queryClient: QueryClient, id: string, update: (kudos: Kudos, inFeed: boolean) => Kudos) {
  queryClient.setQueriesData<FeedData>({ queryKey: recognitionKeys.feeds }, (data) =>
    data && data.pages.some((page) => page.nodes.some((kudos) => kudos.id === id))
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            nodes: page.nodes.map((kudos) => (kudos.id === id ? update(kudos, true) : kudos)),
          })),
        }
      : data,
  );
  queryClient.setQueryData<Kudos | null>(recognitionKeys.kudos(id), (kudos) => (kudos ? update(kudos, false) : kudos));
}

/**
 * Puts a kudos that was just given at the top of every cached feed it belongs in, once: the answer to
 * giveKudos and the kudosGiven event of the same kudos may arrive in either order.
 */
export function addCachedKudos(queryClient: QueryClient, kudos: Kudos) {
  markFresh(kudos.id);
  for (const [queryKey, data] of queryClient.getQueriesData<FeedData>({ queryKey: recognitionKeys.feeds })) {
    const filter = queryKey[2] as FeedFilter;
    const belongs = feedIncludes(filter, kudos);
    if (belongs === undefined) {
      // A team feed: the kudos does not say which teams its recipients are in, so ask the server.
      void queryClient.invalidateQueries({ queryKey, exact: true });
      continue;
    }
    if (!belongs || !data?.pages.length) continue;
    if (data.pages.some((page) => page.nodes.some((node) => node.id === kudos.id))) continue;
    const [first, ...rest] = data.pages;
    queryClient.setQueryData<FeedData>(queryKey, { ...data, pages: [{ ...first, nodes: [kudos, ...first.nodes] }, ...rest] });
  }
}
