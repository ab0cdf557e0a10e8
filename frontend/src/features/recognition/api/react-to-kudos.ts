import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { toggleReaction } from '../utils/reactions';

import { recognitionKeys, updateCachedKudos } from './kudos-cache';

export const reactToKudosDocument = graphql(`
  mutation ReactToKudos($kudosId: ID!, $emoji: String!) {
    reactToKudos(kudosId: $kudosId, emoji: $emoji) {
      id
      reactions {
        emoji
        count
        reactedByMe
      }
    }
  }
`);

type Reaction = { kudosId: string; emoji: string };

export const reactToKudos = async ({ kudosId, emoji }: Reaction) =>
  (await execute(reactToKudosDocument, { kudosId, emoji })).reactToKudos;

/** Adds the reaction, or takes it back: shown at once, then as the server counted it. */
export const useReactToKudos = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactToKudos,
    onMutate: ({ kudosId, emoji }) =>
      updateCachedKudos(queryClient, kudosId, (kudos) => ({ ...kudos, reactions: toggleReaction(kudos.reactions, emoji) })),
    onSuccess: ({ id, reactions }) => updateCachedKudos(queryClient, id, (kudos) => ({ ...kudos, reactions })),
    // The guess was wrong: read the kudos again wherever it is shown.
    onError: () => queryClient.invalidateQueries({ queryKey: recognitionKeys.all }),
  });
};
