import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { useMeetingMutation } from './one-on-one-cache';

export const saveSharedNotesDocument = graphql(`
  mutation SaveSharedNotes($meetingId: ID!, $text: String!, $version: Int!) {
    saveSharedNotes(meetingId: $meetingId, text: $text, version: $version) {
      ...OneOnOneMeetingFields
    }
  }
`);

/** `version` is the sharedNotesVersion the text was written from; a stale one fails with NOTES_CHANGED. */
export type SharedNotes = { meetingId: string; text: string; version: number };

export const saveSharedNotes = async (input: SharedNotes) => (await execute(saveSharedNotesDocument, input)).saveSharedNotes;

export const useSaveSharedNotes = () => useMeetingMutation(saveSharedNotes);
