import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { ReportsOneOnOnesQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { oneOnOneKeys } from './one-on-one-cache';

export const reportsOneOnOnesDocument = graphql(`
  query ReportsOneOnOnes {
    myReportsOneOnOnes {
      report {
        id
        name
        title
      }
      series {
        ...OneOnOneSeriesFields
      }
      lastHeldAt
      daysSinceLastHeld
      overdue
    }
  }
`);

export type ReportOneOnOnes = ReportsOneOnOnesQuery['myReportsOneOnOnes'][number];

export const reportsOneOnOnesQueryOptions = () =>
  queryOptions({
    queryKey: oneOnOneKeys.team,
    queryFn: async ({ signal }) => (await execute(reportsOneOnOnesDocument, undefined, { signal })).myReportsOneOnOnes,
  });

/** A manager's direct reports, each with their 1:1 series (if any), overdue ones first. */
export const useReportsOneOnOnes = () => useQuery(reportsOneOnOnesQueryOptions());
