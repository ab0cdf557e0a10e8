import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import type { BoardFilter } from '../utils/board-filter';

import { ideaKeys, type BoardPage } from './idea-cache';

export const getIdeasDocument = graphql(`
  query GetIdeas($filter: IdeaFilter, $sort: IdeaSort!, $search: String, $first: Int, $after: String) {
    ideas(filter: $filter, sort: $sort, search: $search, first: $first, after: $after) {
      nodes {
        ...IdeaCardFields
      }
      endCursor
      hasNextPage
      totalCount
    }
  }
`);

const pageSize = 20;

export const getIdeasQueryOptions = (filter: BoardFilter) =>
  infiniteQueryOptions({
    queryKey: ideaKeys.board(filter),
    queryFn: async ({ pageParam, signal }): Promise<BoardPage> =>
      (
        await execute(
          getIdeasDocument,
          {
            filter: {
              status: filter.status || null,
              category: filter.category || null,
              teamId: filter.teamId || null,
              mine: filter.mine,
            },
            sort: filter.sort,
            search: filter.search || null,
            first: pageSize,
            after: pageParam,
          },
          { signal },
        )
      ).ideas,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
  });

/** The board, page by page; the previous results stay on screen while another filter or search loads. */
export const useIdeas = (filter: BoardFilter) =>
  useInfiniteQuery({ ...getIdeasQueryOptions(filter), placeholderData: keepPreviousData });
