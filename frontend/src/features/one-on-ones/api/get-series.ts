import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { oneOnOneKeys } from './one-on-one-cache';

export const oneOnOneSeriesDocument = graphql(`
  query OneOnOneSeries($id: ID!) {
    oneOnOneSeries(id: $id) {
      ...OneOnOneSeriesFields
      upcoming {
        ...OneOnOneMeetingSummaryFields
      }
    }
  }
`);

export const oneOnOneSeriesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: oneOnOneKeys.series(id),
    queryFn: async ({ signal }) => (await execute(oneOnOneSeriesDocument, { id }, { signal })).oneOnOneSeries,
  });

/** One series with its settings and the next meetings it gives. */
export const useOneOnOneSeries = (id: string) => useQuery(oneOnOneSeriesQueryOptions(id));
