import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const markOneOnOneHeldDocument = graphql(`
  mutation MarkOneOnOneHeld($meetingId: ID!) {
    markOneOnOneHeld(meetingId: $meetingId) {
      ...OneOnOneMeetingFields
    }
  }
`);

export const markOneOnOneHeld = async ({ meetingId }: { meetingId: string }) =>
  (await execute(markOneOnOneHeldDocument, { meetingId })).markOneOnOneHeld;

/** Closes the meeting; what is left open carries over to the next one, so that and every list reads again. */
export const useMarkOneOnOneHeld = () => useMeetingMutation(markOneOnOneHeld, { refreshLists: true });
