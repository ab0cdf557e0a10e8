import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetDirectoryQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

export const getDirectoryDocument = graphql(`
  query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {
    directory(search: $search, teamId: $teamId, first: $first, after: $after) {
      nodes {
        id
        name
        title
        email
        team {
          id
          name
        }
        isManager
      }
      endCursor
      hasNextPage
      totalCount
    }
  }
`);

export type DirectoryEntry = GetDirectoryQuery['directory']['nodes'][number];

export type DirectoryFilter = { search: string; teamId: string };

const pageSize = 25;

export const getDirectoryQueryOptions = ({ search, teamId }: DirectoryFilter) =>
  infiniteQueryOptions({
    queryKey: ['people', 'directory', { search, teamId }] as const,
    queryFn: async ({ pageParam, signal }) =>
      (
        await execute(
          getDirectoryDocument,
          { search: search || null, teamId: teamId || null, first: pageSize, after: pageParam },
          { signal },
        )
      ).directory,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
  });

/** The directory, page by page; the previous results stay on screen while a new search loads. */
export const useDirectory = (filter: DirectoryFilter) =>
  useInfiniteQuery({ ...getDirectoryQueryOptions(filter), placeholderData: keepPreviousData });
