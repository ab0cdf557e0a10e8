import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const setAgendaItemDiscussedDocument = graphql(`
  mutation SetAgendaItemDiscussed($meetingId: ID!, $itemId: ID!, $discussed: Boolean!) {
    setAgendaItemDiscussed(meetingId: $meetingId, itemId: $itemId, discussed: $discussed) {
      ...OneOnOneMeetingFields
    }
  }
`);

export type AgendaItemDiscussed = { meetingId: string; itemId: string; discussed: boolean };

export const setAgendaItemDiscussed = async (input: AgendaItemDiscussed) =>
  (await execute(setAgendaItemDiscussedDocument, input)).setAgendaItemDiscussed;


export const useSetAgendaItemDiscussed = () => useMeetingMutation(setAgendaItemDiscussed);
