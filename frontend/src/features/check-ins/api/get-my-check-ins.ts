import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { checkInKeys } from './check-in-cache';

export const myCheckInsDocument = graphql(`
  query MyCheckIns($first: Int) {
    myCheckIns(first: $first) {
      ...CheckInFields
    }
  }
`);

/** A quarter of weekly check-ins: enough for a trend, small enough for one page. */
export const historyWeeks = 12;

export const myCheckInsQueryOptions = () =>
  queryOptions({
    queryKey: checkInKeys.history,
    queryFn: async ({ signal }) => (await execute(myCheckInsDocument, { first: historyWeeks }, { signal })).myCheckIns,
  });

/** My latest check-ins, newest first. */
export const useMyCheckIns = () => useQuery(myCheckInsQueryOptions());
