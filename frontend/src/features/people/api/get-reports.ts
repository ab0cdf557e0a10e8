import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetReportsQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

export const getReportsDocument = graphql(`
  query GetReports($managerId: ID!) {
    reportsOf(managerId: $managerId) {
      id
      name
      title
      timeZone
      isManager
      reportCount
    }
  }
`);

export type DirectReport = GetReportsQuery['reportsOf'][number];

export const getReportsQueryOptions = (managerId: string) =>
  queryOptions({
    queryKey: ['people', 'reports', managerId] as const,
    queryFn: async ({ signal }) => (await execute(getReportsDocument, { managerId }, { signal })).reportsOf,
  });

/** A manager's direct reports; FORBIDDEN outside the caller's own reporting line (unless HR). */
export const useReports = (managerId: string) => useQuery(getReportsQueryOptions(managerId));
