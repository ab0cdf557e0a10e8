import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetMyAllowanceQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { recognitionKeys } from './kudos-cache';

export const getMyAllowanceDocument = graphql(`
  query GetMyAllowance {
    myAllowance {
      monthlyAllowance
      spent
      remaining
      resetsAt
      receivedThisMonth
      receivedTotal
      receivedKudos
    }
    company {
      timeZone
    }
  }
`);

/** The allowance, and the company time zone its month (and so its reset) follows. */
export type MyAllowance = GetMyAllowanceQuery['myAllowance'] & { timeZone: string };

export const getMyAllowanceQueryOptions = () =>
  queryOptions({
    queryKey: recognitionKeys.allowance,
    queryFn: async ({ signal }): Promise<MyAllowance> => {
      const { myAllowance, company } = await execute(getMyAllowanceDocument, undefined, { signal });
      return { ...myAllowance, timeZone: company.timeZone };
    },
  });

export const useMyAllowance = () => useQuery(getMyAllowanceQueryOptions());
