import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { FeedbackInboxQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const feedbackInboxDocument = graphql(`
  query FeedbackInbox {
    myFeedbackInbox {
      received {
        ...FeedbackNoteFields
      }
      given {
        ...FeedbackNoteFields
      }
      requestsToMe {
        ...FeedbackRequestFields
      }
      myRequests {
        ...FeedbackRequestFields
        respondents {
          employee {
            id
            name
            title
          }
          status
        }
        answers {
          ...FeedbackNoteFields
        }
      }
    }
  }
`);

export type FeedbackInbox = FeedbackInboxQuery['myFeedbackInbox'];
export type MyFeedbackRequest = FeedbackInbox['myRequests'][number];

export const feedbackInboxQueryOptions = () =>
  queryOptions({
    queryKey: feedbackKeys.inbox,
    queryFn: async ({ signal }) => (await execute(feedbackInboxDocument, undefined, { signal })).myFeedbackInbox,
  });

/** Feedback I received and gave, requests waiting for my answer, and my own requests with their answers. */
export const useFeedbackInbox = () => useQuery(feedbackInboxQueryOptions());
