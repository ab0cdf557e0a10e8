import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { checkInKeys } from './check-in-cache';

export const myCheckInDocument = graphql(`
  query MyCheckIn {
    myCheckIn {
      ...CheckInFields
    }
  }
`);

export const myCheckInQueryOptions = () =>
  queryOptions({
    queryKey: checkInKeys.mine,
    queryFn: async ({ signal }) => (await execute(myCheckInDocument, undefined, { signal })).myCheckIn,
  });

/** My check-in for this company week, or null before I have written it. */
export const useMyCheckIn = () => useQuery(myCheckInQueryOptions());
