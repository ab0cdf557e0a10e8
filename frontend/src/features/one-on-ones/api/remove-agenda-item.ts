import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const removeAgendaItemDocument = graphql(`
  mutation RemoveAgendaItem($meetingId: ID!, $itemId: ID!) {
    removeAgendaItem(meetingId: $meetingId, itemId: $itemId) {
      ...OneOnOneMeetingFields
    }
  }
`);

export type AgendaItemRemoval = { meetingId: string; itemId: string };

export const removeAgendaItem = async (input: AgendaItemRemoval) => (await execute(removeAgendaItemDocument, input)).removeAgendaItem;

/** Its author only: the server refuses anyone else with FORBIDDEN. */
export const useRemoveAgendaItem = () => useMeetingMutation(removeAgendaItem);
