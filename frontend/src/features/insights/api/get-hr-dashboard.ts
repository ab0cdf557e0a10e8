import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetHrDashboardQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import type { CompanyFilter } from '../utils/company-filter';
import { insightsKeys } from './insights-cache';

export const getHrDashboardDocument = graphql(`
  query GetHrDashboard($teamIds: [ID!], $levels: [Int!], $timeZones: [String!], $from: DateOnly, $to: DateOnly) {
    hrDashboard(teamIds: $teamIds, levels: $levels, timeZones: $timeZones, from: $from, to: $to) {
      period {
        ...DashboardPeriodFields
      }
      headcount
      kudos
      recognisedPeople
      reach
      recognition {
        ...RecognitionPointFields
      }
      recognitionByValue {
        label
        count
      }
      recognitionFlows {
        from
        to
        count
      }
      ideas {
        ...IdeaSummaryFields
      }
      enps {
        roundId
        question
        opensAt
        answers
        enps
        leftOut
        withheldReason
      }
      oneOnOnesByManager {
        ...OneOnOneAdherenceFields
      }
      participation {
        checkIns
        kudosGiving
        latestPulse
      }
    }
  }
`);

export type HrDashboard = GetHrDashboardQuery['hrDashboard'];
export type EnpsPoint = HrDashboard['enps'][number];
export type RecognitionFlow = HrDashboard['recognitionFlows'][number];

// An empty list means no filter: the server takes a missing argument as "everyone".
const listOrNull = <T,>(items: ReadonlyArray<T>) => (items.length > 0 ? [...items] : null);

export const getHrDashboardQueryOptions = (filter: CompanyFilter) =>
  queryOptions({
    queryKey: insightsKeys.company(filter),
    queryFn: async ({ signal }) =>
      (
        await execute(
          getHrDashboardDocument,
          {
            teamIds: listOrNull(filter.teamIds),
            levels: listOrNull(filter.levels),
            timeZones: listOrNull(filter.timeZones),
            from: filter.from,
            to: filter.to,
          },
          { signal },
        )
      ).hrDashboard,
  });

/** The company, or the people matching every filter; the previous view stays on screen while another loads. */
export const useHrDashboard = (filter: CompanyFilter) =>
  useQuery({ ...getHrDashboardQueryOptions(filter), placeholderData: keepPreviousData });
