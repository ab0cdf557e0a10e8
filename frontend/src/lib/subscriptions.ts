import { createClient } from 'graphql-ws';
import { useSyncExternalStore } from 'react';

import type { TypedDocumentString } from '@/lib/gql/graphql';
import { graphqlEndpoint, type GraphQLErrorEntry, type OperationVariables } from '@/lib/graphql';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let status: ConnectionStatus = 'idle';
const statusListeners = new Set<() => void>();

const setStatus = (next: ConnectionStatus) => {
  status = next;
  statusListeners.forEach((listener) => listener());
};

const socketUrl = () => {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${graphqlEndpoint}`;
};

// One socket for the whole app (graphql-transport-ws multiplexes operations); it opens with the
// first subscription, closes shortly after the last one ends, and keeps retrying while it is needed.
export const subscriptionClient = createClient({
  url: socketUrl,
  lazy: true,
  lazyCloseTimeout: 3_000,
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: () => true,
  on: {
    connecting: (isRetry) => setStatus(isRetry ? 'reconnecting' : 'connecting'),
    connected: () => setStatus('connected'),
    closed: () => setStatus('idle'),
  },
});

export type SubscriptionHandlers<TResult> = {
  next: (data: TResult) => void;
  error?: (error: Error) => void;
  /** The socket came back after a drop: events sent meanwhile were lost. */
  reconnected?: () => void;
};

/** Starts a subscription and returns the function that stops it. */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: OperationVariables<TVariables>,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  const reportError = (error: unknown) => handlers.error?.(toError(error));
  const stopListening = subscriptionClient.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) handlers.reconnected?.();
  });
  const unsubscribe = subscriptionClient.subscribe<TResult>(
    { query: document.toString(), variables: variables ?? undefined },
    {
      next: ({ data, errors }) => {
        if (errors?.length) reportError(errors);
        else if (data) handlers.next(data);
      },
      error: reportError,
      complete: () => {},
    },
  );
  return () => {
    stopListening();
    unsubscribe();
  };
}

export const useSubscriptionStatus = () =>
  useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => status,
  );

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (Array.isArray(error)) {
    return new Error((error as GraphQLErrorEntry[]).map((entry) => entry.message).join('\n'));
  }
  if (error instanceof CloseEvent) {
    return new Error(`The live connection closed (${error.code}${error.reason ? `: ${error.reason}` : ''}).`);
  }
  return new Error('The live connection failed.');
}
