import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { oneOnOneKeys, useMeetingChanging } from './one-on-one-cache';

export const oneOnOneMeetingDocument = graphql(`
  query OneOnOneMeeting($id: ID!) {
    oneOnOneMeeting(id: $id) {
      ...OneOnOneMeetingFields
    }
  }
`);

export const oneOnOneMeetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: oneOnOneKeys.meeting(id),
    queryFn: async ({ signal }) => (await execute(oneOnOneMeetingDocument, { id }, { signal })).oneOnOneMeeting,
  });

// Two people preparing a 1:1 together see each other's agenda items within a few seconds; the meeting has no
// subscription, so the page reads it again while it is on screen (TanStack Query skips hidden tabs).
const refreshEveryMs = 5_000;

/** One meeting with its agenda, notes and action items, read again every few seconds while shown. */
export const useOneOnOneMeeting = (id: string) => {
  const changing = useMeetingChanging();
  return useQuery({ ...oneOnOneMeetingQueryOptions(id), refetchInterval: changing ? false : refreshEveryMs });
};
