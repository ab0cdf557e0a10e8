import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { oneOnOneKeys } from './one-on-one-cache';

export const myTimeZoneDocument = graphql(`
  query MyTimeZone {
    me {
      id
      timeZone
    }
  }
`);

export const myTimeZoneQueryOptions = () =>
  queryOptions({
    queryKey: oneOnOneKeys.myTimeZone,
    queryFn: async ({ signal }) => (await execute(myTimeZoneDocument, undefined, { signal })).me?.timeZone ?? null,
  });

/** The signed-in manager's time zone: where a new series is scheduled unless they choose another. */
export const useMyTimeZone = () => useQuery(myTimeZoneQueryOptions());
