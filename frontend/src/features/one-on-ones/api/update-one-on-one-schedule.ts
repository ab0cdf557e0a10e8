import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { OneOnOneScheduleInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { refreshOneOnOnes } from './one-on-one-cache';

export const updateOneOnOneScheduleDocument = graphql(`
  mutation UpdateOneOnOneSchedule($seriesId: ID!, $input: OneOnOneScheduleInput!) {
    updateOneOnOneSchedule(seriesId: $seriesId, input: $input) {
      ...OneOnOneSeriesFields
    }
  }
`);

export type SeriesSchedule = { seriesId: string; input: OneOnOneScheduleInput };

export const updateOneOnOneSchedule = async (input: SeriesSchedule) =>
  (await execute(updateOneOnOneScheduleDocument, input)).updateOneOnOneSchedule;

/** The manager only. Future moves and skips are dropped, so every meeting and list reads again. */
export const useUpdateOneOnOneSchedule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOneOnOneSchedule,
    onSuccess: () => refreshOneOnOnes(queryClient),
  });
};
