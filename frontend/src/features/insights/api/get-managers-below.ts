import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { insightsKeys } from './insights-cache';

export const getManagersBelowDocument = graphql(`
  query GetManagersBelow($managerId: ID!) {
    reportsOf(managerId: $managerId) {
      id
      name
      isManager
    }
  }
`);

export const getManagersBelowQueryOptions = (managerId: string) =>
  queryOptions({
    queryKey: insightsKeys.managersBelow(managerId),
    queryFn: async ({ signal }) =>
      (await execute(getManagersBelowDocument, { managerId }, { signal })).reportsOf.filter((report) => report.isManager),
    staleTime: 5 * 60_000,
  });

/** The direct reports of a manager who manage people themselves: the lines one can look at one level down. */
export const useManagersBelow = (managerId: string | undefined) =>
  useQuery({ ...getManagersBelowQueryOptions(managerId ?? ''), enabled: Boolean(managerId) });
