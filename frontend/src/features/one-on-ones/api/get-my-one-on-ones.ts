import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { MyOneOnOnesQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { oneOnOneKeys } from './one-on-one-cache';

export const myOneOnOnesDocument = graphql(`
  query MyOneOnOnes {
    myOneOnOnes {
      series {
        ...OneOnOneSeriesFields
      }
      upcoming {
        ...OneOnOneMeetingSummaryFields
      }
      past {
        ...OneOnOneMeetingSummaryFields
      }
    }
  }
`);

export type MyOneOnOnes = MyOneOnOnesQuery['myOneOnOnes'];

export const myOneOnOnesQueryOptions = () =>
  queryOptions({
    queryKey: oneOnOneKeys.mine,
    queryFn: async ({ signal }) => (await execute(myOneOnOnesDocument, undefined, { signal })).myOneOnOnes,
  });

/** My series (as manager or report), the meetings coming up across them, and those held or skipped. */
export const useMyOneOnOnes = () => useQuery(myOneOnOnesQueryOptions());
