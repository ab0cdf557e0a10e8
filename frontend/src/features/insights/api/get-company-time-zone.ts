import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { insightsKeys } from './insights-cache';

export const getCompanyTimeZoneDocument = graphql(`
  query GetCompanyTimeZone {
    company {
      timeZone
    }
  }
`);

export const getCompanyTimeZoneQueryOptions = () =>
  queryOptions({
    queryKey: insightsKeys.companyTimeZone,
    queryFn: async ({ signal }) => (await execute(getCompanyTimeZoneDocument, undefined, { signal })).company.timeZone,
    staleTime: 5 * 60_000,
  });

/** Dashboards count company days: "the last 30 days" ends on today in the company's time zone, not the reader's. */
export const useCompanyTimeZone = () => useQuery(getCompanyTimeZoneQueryOptions());
