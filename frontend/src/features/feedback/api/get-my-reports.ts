import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const getFeedbackSubjectsDocument = graphql(`
  query GetFeedbackSubjects($managerId: ID!) {
    reportsOf(managerId: $managerId) {
      id
      name
      title
    }
  }
`);

export const myReportsQueryOptions = (managerId: string) =>
  queryOptions({
    queryKey: feedbackKeys.reports(managerId),
    queryFn: async ({ signal }) => (await execute(getFeedbackSubjectsDocument, { managerId }, { signal })).reportsOf,
    staleTime: 5 * 60_000,
  });

/** A manager's direct reports: the people they may ask feedback about. */
export const useMyReports = (managerId: string, enabled: boolean) => useQuery({ ...myReportsQueryOptions(managerId), enabled });
