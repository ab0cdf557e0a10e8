import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetManagerDashboardQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import type { PeriodChoice } from '../utils/period';
import { insightsKeys } from './insights-cache';

export const getManagerDashboardDocument = graphql(`
  query GetManagerDashboard($managerId: ID, $from: DateOnly, $to: DateOnly) {
    managerDashboard(managerId: $managerId, from: $from, to: $to) {
      manager {
        id
        name
        title
      }
      period {
        ...DashboardPeriodFields
      }
      people
      recognition {
        ...RecognitionPointFields
      }
      recognitionByPerson {
        person {
          id
          name
          title
        }
        given
        received
        lastRecognisedAt
      }
      notRecognised {
        days
        people {
          person {
            id
            name
            title
          }
          lastRecognisedAt
        }
      }
      oneOnOnes {
        ...OneOnOneAdherenceFields
      }
      checkIns {
        week
        submitted
        people
        averageMood
      }
      openActionItems {
        owner {
          id
          name
        }
        open
        overdue
      }
      ideas {
        ...IdeaSummaryFields
      }
    }
  }
`);

export type ManagerDashboard = GetManagerDashboardQuery['managerDashboard'];
export type CheckInWeek = ManagerDashboard['checkIns'][number];

export const getManagerDashboardQueryOptions = (managerId: string | null, period: PeriodChoice) =>
  queryOptions({
    queryKey: insightsKeys.manager(managerId, period.from, period.to),
    queryFn: async ({ signal }) =>
      (await execute(getManagerDashboardDocument, { managerId, from: period.from, to: period.to }, { signal })).managerDashboard,
  });

/** A reporting line (mine when `managerId` is null) over a period (the server's last 90 days when open); the previous one stays on screen while another loads. */
export const useManagerDashboard = (managerId: string | null, period: PeriodChoice) =>
  useQuery({ ...getManagerDashboardQueryOptions(managerId, period), placeholderData: keepPreviousData });
