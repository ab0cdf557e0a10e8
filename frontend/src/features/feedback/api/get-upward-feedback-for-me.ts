import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { UpwardFeedbackForMeQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const upwardFeedbackForMeDocument = graphql(`
  query UpwardFeedbackForMe {
    upwardFeedbackForMe {
      threshold
      batches {
        releasedWeek
        notes {
          text
        }
      }
    }
  }
`);

export type UpwardFeedbackView = UpwardFeedbackForMeQuery['upwardFeedbackForMe'];

export const upwardFeedbackForMeQueryOptions = () =>
  queryOptions({
    queryKey: feedbackKeys.upward,
    queryFn: async ({ signal }) => (await execute(upwardFeedbackForMeDocument, undefined, { signal })).upwardFeedbackForMe,
  });

/** The released batches of anonymous notes to me as a manager, and the batch size (threshold) that releases them. */
export const useUpwardFeedbackForMe = () => useQuery(upwardFeedbackForMeQueryOptions());
