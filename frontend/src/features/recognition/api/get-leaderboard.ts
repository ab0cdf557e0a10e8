import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetLeaderboardQuery, LeaderboardKind, LeaderboardPeriod } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { recognitionKeys } from './kudos-cache';

export const getLeaderboardDocument = graphql(`
  query GetLeaderboard($kind: LeaderboardKind!, $period: LeaderboardPeriod!, $value: String, $teamId: ID, $first: Int) {
    leaderboard(kind: $kind, period: $period, value: $value, teamId: $teamId, first: $first) {
      rank
      employee {
        id
        name
        title
      }
      kudosCount
      points
    }
  }
`);

export type LeaderboardEntry = GetLeaderboardQuery['leaderboard'][number];

export type LeaderboardFilter = {
  kind: LeaderboardKind;
  period: LeaderboardPeriod;
  /** A company value, or '' for all. */
  value: string;
  /** A team id, or '' for everyone. */
  teamId: string;
};

const entriesShown = 10;

export const getLeaderboardQueryOptions = (filter: LeaderboardFilter) =>
  queryOptions({
    queryKey: [...recognitionKeys.leaderboards, filter] as const,
    queryFn: async ({ signal }) =>
      (
        await execute(
          getLeaderboardDocument,
          {
            kind: filter.kind,
            period: filter.period,
            value: filter.value || null,
            teamId: filter.teamId || null,
            first: entriesShown,
          },
          { signal },
        )
      ).leaderboard,
  });

/** The top ten; the previous board stays on screen while another filter loads. */
export const useLeaderboard = (filter: LeaderboardFilter) =>
  useQuery({ ...getLeaderboardQueryOptions(filter), placeholderData: keepPreviousData });
