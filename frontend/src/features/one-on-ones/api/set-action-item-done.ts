import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const setActionItemDoneDocument = graphql(`
  mutation SetActionItemDone($meetingId: ID!, $itemId: ID!, $done: Boolean!) {
    setActionItemDone(meetingId: $meetingId, itemId: $itemId, done: $done) {
      ...OneOnOneMeetingFields
    }
  }
`);

export type ActionItemDone = { meetingId: string; itemId: string; done: boolean };

export const setActionItemDone = async (input: ActionItemDone) => (await execute(setActionItemDoneDocument, input)).setActionItemDone;


export const useSetActionItemDone = () => useMeetingMutation(setActionItemDone, { refreshLists: true });
