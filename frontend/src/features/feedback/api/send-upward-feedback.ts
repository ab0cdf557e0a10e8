import { useMutation } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

export const sendUpwardFeedbackDocument = graphql(`
  mutation SendUpwardFeedback($text: String!) {
    sendUpwardFeedback(text: $text) {
      week
      threshold
      message
    }
  }
`);

export const sendUpwardFeedback = async (text: string) =>
  (await execute(sendUpwardFeedbackDocument, { text })).sendUpwardFeedback;

// Nothing is invalidated: the note is nowhere in the writer's own pages. And the mutation (its text among the
// variables) is forgotten as soon as the form stops watching it, so a shared computer keeps no trace of who wrote it.
export const useSendUpwardFeedback = () => useMutation({ mutationFn: sendUpwardFeedback, gcTime: 0 });
