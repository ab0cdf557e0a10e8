import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const moveOneOnOneDocument = graphql(`
  mutation MoveOneOnOne($meetingId: ID!, $startsAt: DateTime!) {
    moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt) {
      ...OneOnOneMeetingFields
    }
  }
`);

/** `startsAt` is an instant (ISO 8601 with its offset). */
export type MeetingMove = { meetingId: string; startsAt: string };

export const moveOneOnOne = async (input: MeetingMove) => (await execute(moveOneOnOneDocument, input)).moveOneOnOne;

/** The manager only; fails with MEETING_OVERLAP when it would overlap another 1:1 of either person. */
export const useMoveOneOnOne = () => useMeetingMutation(moveOneOnOne, { refreshLists: true });
