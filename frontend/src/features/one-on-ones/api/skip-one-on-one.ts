import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const skipOneOnOneDocument = graphql(`
  mutation SkipOneOnOne($meetingId: ID!) {
    skipOneOnOne(meetingId: $meetingId) {
      ...OneOnOneMeetingFields
    }
  }
`);

export const skipOneOnOne = async ({ meetingId }: { meetingId: string }) =>
  (await execute(skipOneOnOneDocument, { meetingId })).skipOneOnOne;

/** The manager only; the open agenda carries over to the next meeting. */
export const useSkipOneOnOne = () => useMeetingMutation(skipOneOnOne, { refreshLists: true });
