import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { SearchMergeTargetsQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { ideaKeys } from './idea-cache';

export const searchMergeTargetsDocument = graphql(`
  query SearchMergeTargets($search: String!, $first: Int) {
    ideas(search: $search, sort: TOP, first: $first) {
      nodes {
        id
        title
        status
        nextStatuses
        voteCount
      }
    }
  }
`);

export type MergeTarget = SearchMergeTargetsQuery['ideas']['nodes'][number];

const matchesAsked = 12;

export const searchMergeTargetsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: ideaKeys.mergeTargets(search),
    queryFn: async ({ signal }) =>
      (await execute(searchMergeTargetsDocument, { search, first: matchesAsked }, { signal })).ideas.nodes,
  });

/** Ideas matching `search`, most voted first, for "merge into…"; idle while it is empty. */
export const useMergeTargetSearch = (search: string) =>
  useQuery({ ...searchMergeTargetsQueryOptions(search), enabled: search.length > 0, placeholderData: keepPreviousData });
