import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { OneOnOneScheduleInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { refreshOneOnOnes } from './one-on-one-cache';

export const scheduleOneOnOneDocument = graphql(`
  mutation ScheduleOneOnOne($reportId: ID!, $input: OneOnOneScheduleInput!) {
    scheduleOneOnOne(reportId: $reportId, input: $input) {
      ...OneOnOneSeriesFields
    }
  }
`);

export type NewSeries = { reportId: string; input: OneOnOneScheduleInput };

export const scheduleOneOnOne = async (input: NewSeries) => (await execute(scheduleOneOnOneDocument, input)).scheduleOneOnOne;

/** Managers: a new series with a report. Fails with ALREADY_SCHEDULED when they have one. */
export const useScheduleOneOnOne = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scheduleOneOnOne,
    onSuccess: () => refreshOneOnOnes(queryClient),
  });
};
