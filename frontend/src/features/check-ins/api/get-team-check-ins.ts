import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { TeamCheckInsQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { checkInKeys } from './check-in-cache';

export const teamCheckInsDocument = graphql(`
  query TeamCheckIns($week: DateOnly) {
    teamCheckIns(week: $week) {
      week
      checkIns {
        ...CheckInFields
      }
      missing {
        id
        name
        title
      }
    }
  }
`);

export type TeamCheckIns = TeamCheckInsQuery['teamCheckIns'];

export const teamCheckInsQueryOptions = (week: string | null) =>
  queryOptions({
    queryKey: checkInKeys.teamWeek(week),
    queryFn: async ({ signal }) => (await execute(teamCheckInsDocument, { week }, { signal })).teamCheckIns,
  });

/** My direct reports' check-ins for the week holding `week` (this week when null), and who has not checked in. */
export const useTeamCheckIns = (week: string | null) =>
  useQuery({ ...teamCheckInsQueryOptions(week), placeholderData: keepPreviousData });
