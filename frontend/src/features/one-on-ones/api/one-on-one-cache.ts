import { useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type {
  OneOnOneMeetingFieldsFragment,
  OneOnOneMeetingSummaryFieldsFragment,
  OneOnOneSeriesFieldsFragment,
} from '@/lib/gql/graphql';

// Every answer about a series, a meeting in a list, or a meeting's page asks for the same fields, so any of
// them can replace the cached copy wherever it is shown.
// Exported for codegen's sake only: operations spread them by name.
export const oneOnOneSeriesFields = graphql(`
  fragment OneOnOneSeriesFields on OneOnOneSeries {
    id
    manager {
      id
      name
      title
    }
    report {
      id
      name
      title
    }
    cadence
    weekday
    localTime
    timeZone
    durationMinutes
    startsOn
    viewerIsManager
    nextMeeting {
      id
      startsAt
      endsAt
      moved
      status
    }
    lastHeldAt
    overdue
    openActionItemCount
  }
`);

export const oneOnOneMeetingSummaryFields = graphql(`
  fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {
    id
    occurrenceDate
    startsAt
    endsAt
    moved
    status
    heldAt
    series {
      id
      viewerIsManager
      manager {
        id
        name
        title
      }
      report {
        id
        name
        title
      }
    }
  }
`);

export const oneOnOneMeetingFields = graphql(`
  fragment OneOnOneMeetingFields on OneOnOneMeeting {
    id
    occurrenceDate
    startsAt
    endsAt
    moved
    status
    heldAt
    series {
      ...OneOnOneSeriesFields
    }
    agenda {
      id
      text
      author {
        id
        name
      }
      discussed
      carriedOver
      fromCheckIn
      createdAt
    }
    sharedNotes
    sharedNotesVersion
    myPrivateNote
    actionItems {
      id
      text
      owner {
        id
        name
      }
      dueOn
      done
      doneAt
      createdFor
      carriedOver
    }
  }
`);

export type Series = OneOnOneSeriesFieldsFragment;
export type MeetingSummary = OneOnOneMeetingSummaryFieldsFragment;
export type Meeting = OneOnOneMeetingFieldsFragment;
export type AgendaItem = Meeting['agenda'][number];
export type ActionItem = Meeting['actionItems'][number];

export const oneOnOneKeys = {
  all: ['one-on-ones'] as const,
  mine: ['one-on-ones', 'mine'] as const,
  team: ['one-on-ones', 'team'] as const,
  allSeries: ['one-on-ones', 'series'] as const,
  series: (id: string) => ['one-on-ones', 'series', id] as const,
  meetings: ['one-on-ones', 'meeting'] as const,
  meeting: (id: string) => ['one-on-ones', 'meeting', id] as const,
  myTimeZone: ['one-on-ones', 'my-time-zone'] as const,
};

/** The schedule, a meeting's status or the open action items changed: every list, series and other meeting reads again. */
export function refreshOneOnOnes(queryClient: QueryClient, exceptMeetingId?: string) {
  void queryClient.invalidateQueries({
    queryKey: oneOnOneKeys.all,
    predicate: ({ queryKey }) => !(exceptMeetingId && queryKey[1] === 'meeting' && queryKey[2] === exceptMeetingId),
  });
}

type MeetingChange = { meetingId: string };

type MeetingMutationOptions<TInput extends MeetingChange> = {
  /** The meeting as it will be, shown at once and put right by the server's answer. */
  optimistic?: (meeting: Meeting, input: TInput) => Meeting;
  /** The change shows elsewhere too (a status, the schedule, an action item count). */
  refreshLists?: boolean;
};

const meetingChangeKey = ['one-on-ones', 'meeting-change'] as const;

/**
 * A change to one meeting: every such mutation answers with the whole meeting, which replaces the cached copy.
 * A poll already on its way would land after the answer with the meeting as it was before, so it is cancelled.
 */
export function useMeetingMutation<TInput extends MeetingChange>(
  mutationFn: (input: TInput) => Promise<Meeting>,
  { optimistic, refreshLists = false }: MeetingMutationOptions<TInput> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: meetingChangeKey,
    mutationFn,
    onMutate: async (input: TInput) => {
      const key = oneOnOneKeys.meeting(input.meetingId);
      await queryClient.cancelQueries({ queryKey: key });
      if (optimistic) queryClient.setQueryData<Meeting>(key, (meeting) => (meeting ? optimistic(meeting, input) : meeting));
    },
    onSuccess: (meeting, { meetingId }) => {
      queryClient.setQueryData(oneOnOneKeys.meeting(meetingId), meeting);
      if (refreshLists) refreshOneOnOnes(queryClient, meetingId);
    },
    // The guess (or the page's copy) was wrong: read the meeting again.
    onError: (_error, { meetingId }) => void queryClient.invalidateQueries({ queryKey: oneOnOneKeys.meeting(meetingId) }),
  });
}

/** Whether a change to the meeting is on its way (the page does not poll meanwhile). */
export const useMeetingChanging = () => useIsMutating({ mutationKey: meetingChangeKey }) > 0;
