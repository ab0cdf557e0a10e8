import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const feedbackAboutDocument = graphql(`
  query FeedbackAbout($employeeId: ID!) {
    feedbackAbout(employeeId: $employeeId) {
      ...FeedbackNoteFields
    }
  }
`);

export const feedbackAboutQueryOptions = (employeeId: string) =>
  queryOptions({
    queryKey: feedbackKeys.about(employeeId),
    queryFn: async ({ signal }) => (await execute(feedbackAboutDocument, { employeeId }, { signal })).feedbackAbout,
  });

/**
 * Feedback shared with the employee's managers, and answers to requests about them: for anyone above them in the
 * reporting line and HR admins (FORBIDDEN for anyone else).
 */
export const useFeedbackAbout = (employeeId: string) => useQuery(feedbackAboutQueryOptions(employeeId));
