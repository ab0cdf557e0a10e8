import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const addAgendaItemDocument = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $text: String!) {
    addAgendaItem(meetingId: $meetingId, text: $text) {
      ...OneOnOneMeetingFields
    }
  }
`);

export type NewAgendaItem = { meetingId: string; text: string };

export const addAgendaItem = async (input: NewAgendaItem) => (await execute(addAgendaItemDocument, input)).addAgendaItem;

export const useAddAgendaItem = () => useMeetingMutation(addAgendaItem);
