import { createClient } from 'graphql-ws';
import { useSyncExternalStore } from 'react';

import type { TypedDocumentString } from '@/lib/gql/graphql';
import { graphqlEndpoint, type GraphQLErrorEntry, type OperationVariables } from '@/lib/graphql';
import { isSessionLoss, reportSessionLoss } from '@/lib/session';

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

// 4401 Unauthorized and 4403 Forbidden: the handshake carried no valid session cookie.
const refusedCloseCodes = new Set([4401, 4403]);
const closeCode = (event: unknown) =>
  typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;

// One socket for the whole app (graphql-transport-ws multiplexes operations); it opens with the
// first subscription, closes shortly after the last one ends, and keeps retrying while it is needed,
// except when the server refused the session: retrying cannot help then.
export const subscriptionClient = createClient({
  url: socketUrl,
  lazy: true,
  lazyCloseTimeout: 3_000,
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: (event) => !refusedCloseCodes.has(closeCode(event) ?? 0),
  on: {
    connecting: (isRetry) => setStatus(isRetry ? 'reconnecting' : 'connecting'),
    connected: () => setStatus('connected'),
    closed: (event) => {
      setStatus('idle');
      if (refusedCloseCodes.has(closeCode(event) ?? 0)) reportSessionLoss('UNAUTHENTICATED');
    },
  },
});

/**
 * The server learns who is signed in when the socket opens: after signing in or out, drop the
 * socket so that open subscriptions reconnect with the new session cookie.
 */
export const reconnectSubscriptions = () => subscriptionClient.terminate();

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
  const reportError = (error: unknown) => {
    if (Array.isArray(error)) {
      const loss = (error as GraphQLErrorEntry[]).map((entry) => entry.extensions?.code).find(isSessionLoss);
      if (loss) reportSessionLoss(loss);
    }
    handlers.error?.(toError(error));
  };
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
