import { graphql } from '@/lib/gql/gql';
import type { ActionItemInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const addActionItemDocument = graphql(`
  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {
    addActionItem(meetingId: $meetingId, input: $input) {
      ...OneOnOneMeetingFields
    }
  }
`);

export type NewActionItem = { meetingId: string; input: ActionItemInput };

export const addActionItem = async (input: NewActionItem) => (await execute(addActionItemDocument, input)).addActionItem;

/** The team overview counts open action items. */
export const useAddActionItem = () => useMeetingMutation(addActionItem, { refreshLists: true });
