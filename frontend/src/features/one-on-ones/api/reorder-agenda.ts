import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation, type Meeting } from './one-on-one-cache';

export const reorderAgendaDocument = graphql(`
  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
      ...OneOnOneMeetingFields
    }
  }
`);

/** Every agenda item of the meeting, in the new order. */
export type AgendaOrder = { meetingId: string; itemIds: string[] };

export const reorderAgenda = async (input: AgendaOrder) => (await execute(reorderAgendaDocument, input)).reorderAgenda;

const inOrder = (meeting: Meeting, { itemIds }: AgendaOrder): Meeting => {
  const position = new Map(itemIds.map((id, index) => [id, index]));
  const agenda = [...meeting.agenda].sort(
    (a, b) => (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
  return { ...meeting, agenda };
};

/** The item moves at once; the server's order follows (another person may have added an item meanwhile). */
export const useReorderAgenda = () => useMeetingMutation(reorderAgenda, { optimistic: inOrder });
