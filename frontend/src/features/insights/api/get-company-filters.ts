import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetCompanyInsightsFiltersQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { insightsKeys } from './insights-cache';

export const getCompanyInsightsFiltersDocument = graphql(`
  query GetCompanyInsightsFilters {
    teams {
      id
      name
    }
    dashboardFilters {
      levels
      timeZones
    }
  }
`);

export type CompanyInsightsFilters = GetCompanyInsightsFiltersQuery;

export const getCompanyInsightsFiltersQueryOptions = () =>
  queryOptions({
    queryKey: insightsKeys.companyFilters,
    queryFn: async ({ signal }) => execute(getCompanyInsightsFiltersDocument, undefined, { signal }),
    staleTime: 5 * 60_000,
  });

/** What the company dashboard can be narrowed to: teams, levels from the top, time zones. */
export const useCompanyInsightsFilters = () => useQuery(getCompanyInsightsFiltersQueryOptions());
