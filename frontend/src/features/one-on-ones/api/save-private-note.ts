import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const savePrivateNoteDocument = graphql(`
  mutation SavePrivateNote($meetingId: ID!, $text: String!) {
    savePrivateNote(meetingId: $meetingId, text: $text) {
      ...OneOnOneMeetingFields
    }
  }
`);

export type PrivateNote = { meetingId: string; text: string };

export const savePrivateNote = async (input: PrivateNote) => (await execute(savePrivateNoteDocument, input)).savePrivateNote;

export const useSavePrivateNote = () => useMeetingMutation(savePrivateNote);
