import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

export const getCompanyDocument = graphql(`
  query GetCompany {
    company {
      name
      timeZone
      values
      ideaAnswerSlaHours
      monthlyKudosAllowance
      updatedAt
    }
  }
`);

export const companyQueryKey = ['company'] as const;

export const getCompanyQueryOptions = () =>
  queryOptions({
    queryKey: companyQueryKey,
    queryFn: async ({ signal }) => (await execute(getCompanyDocument, undefined, { signal })).company,
  });

export const useCompany = () => useQuery(getCompanyQueryOptions());
