import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import type { FeedFilter } from '../utils/feed-filter';

import { recognitionKeys, type FeedPage } from './kudos-cache';

export const getRecognitionFeedDocument = graphql(`
  query GetRecognitionFeed(
    $scope: FeedScope!
    $teamId: ID
    $employeeId: ID
    $direction: KudosDirection!
    $first: Int
    $after: String
  ) {
    recognitionFeed(scope: $scope, teamId: $teamId, employeeId: $employeeId, direction: $direction, first: $first, after: $after) {
      nodes {
        ...KudosCardFields
      }
      endCursor
      hasNextPage
    }
  }
`);

// The most a page can hold within the server's complexity budget (about 230 per kudos of 2,000).
const pageSize = 8;

export const getRecognitionFeedQueryOptions = (filter: FeedFilter) =>
  infiniteQueryOptions({
    queryKey: recognitionKeys.feed(filter),
    queryFn: async ({ pageParam, signal }): Promise<FeedPage> =>
      (
        await execute(
          getRecognitionFeedDocument,
          {
            scope: filter.scope,
            teamId: filter.scope === 'TEAM' ? filter.teamId : null,
            employeeId: filter.scope === 'PERSON' ? filter.employeeId : null,
            direction: filter.scope === 'PERSON' ? filter.direction : 'RECEIVED',
            first: pageSize,
            after: pageParam,
          },
          { signal },
        )
      ).recognitionFeed,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
  });

/** Kudos newest first, page by page (keyset: kudos given meanwhile never shift the next page). */
export const useRecognitionFeed = (filter: FeedFilter) => useInfiniteQuery(getRecognitionFeedQueryOptions(filter));
