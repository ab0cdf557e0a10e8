import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { graphql } from '@/lib/gql/gql';
import { subscribe } from '@/lib/subscriptions';

import { addCachedKudos, recognitionKeys, type Kudos } from './kudos-cache';

export const kudosGivenDocument = graphql(`
  subscription KudosGiven {
    kudosGiven {
      ...KudosCardFields
    }
  }
`);

type KudosGivenOptions = {
  /** The signed-in person: a kudos they gave or received changes their allowance. */
  viewerId: string;
  /** Told of every new kudos, after the cached feeds have it. */
  onKudos?: (kudos: Kudos) => void;
};

/** Keeps the cached feeds current while the calling component is mounted: new kudos go on top. */
export const useKudosGivenSubscription = ({ viewerId, onKudos }: KudosGivenOptions) => {
  const queryClient = useQueryClient();
  const onKudosRef = useRef(onKudos);
  useEffect(() => {
    onKudosRef.current = onKudos;
  });

  useEffect(
    () =>
      subscribe(kudosGivenDocument, undefined, {
        next: ({ kudosGiven: kudos }) => {
          addCachedKudos(queryClient, kudos);
          const mine = kudos.giver.id === viewerId || kudos.recipients.some((recipient) => recipient.id === viewerId);
          if (mine) void queryClient.invalidateQueries({ queryKey: recognitionKeys.allowance });
          void queryClient.invalidateQueries({ queryKey: recognitionKeys.leaderboards });
          onKudosRef.current?.(kudos);
        },
        // Kudos given while the socket was down were missed: read the feeds again.
        reconnected: () => void queryClient.invalidateQueries({ queryKey: recognitionKeys.feeds }),
      }),
    [queryClient, viewerId],
  );
};
