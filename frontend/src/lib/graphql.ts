import type { TypedDocumentString } from '@/lib/gql/graphql';
import { isSessionLoss, reportSessionLoss } from '@/lib/session';

export type GraphQLErrorEntry = {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
};

/** A request that failed: its message is one a person can read, taken from the GraphQL `errors`. */
export class GraphQLRequestError extends Error {
  readonly errors: ReadonlyArray<GraphQLErrorEntry>;
  readonly status: number;

  constructor(message: string, status: number, errors: ReadonlyArray<GraphQLErrorEntry> = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.status = status;
    this.errors = errors;
  }

  /** The stable `extensions.code` of the first error, for callers that react to a kind of failure. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** The `extensions.code` of `error` when it is a GraphQL request error. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof GraphQLRequestError ? error.code : undefined;

type GraphQLResponse<TResult> = {
  data?: TResult | null;
  errors?: ReadonlyArray<GraphQLErrorEntry>;
};

/** `undefined` for an operation without variables, else the variables it declares. */
export type OperationVariables<TVariables> = [TVariables] extends [Record<string, never>] ? undefined : TVariables;

export type ExecuteOptions = { signal?: AbortSignal };

export const graphqlEndpoint = '/graphql';

// The backend refuses every /graphql request without this header: a cross-site form or a simple
// request cannot set it, so it works as the CSRF guard for the session cookie.
export const clientHeader = { 'X-Engagement-Client': 'web' } as const;

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: OperationVariables<TVariables>,
  options: ExecuteOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(graphqlEndpoint, {
      method: 'POST',
      // The session is an HttpOnly cookie on this origin; it must travel with every request.
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...clientHeader,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new GraphQLRequestError('The server could not be reached. Check your connection and try again.', 0);
  }

  const body = await readBody<TResult>(response);
  if (body?.errors?.length) {
    const loss = body.errors.map((error) => error.extensions?.code).find(isSessionLoss);
    if (loss) reportSessionLoss(loss);
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('\n'), response.status, body.errors);
  }
  if (response.status === 429) {
    throw new GraphQLRequestError(tooManyRequests(response.headers.get('Retry-After')), 429);
  }
  if (!response.ok || body?.data == null) {
    throw new GraphQLRequestError(
      `The server answered ${response.status} ${response.statusText || 'without data'}. Please try again.`,
      response.status,
    );
  }
  return body.data;
}

function tooManyRequests(retryAfter: string | null) {
  const seconds = Number(retryAfter);
  const when = Number.isFinite(seconds) && seconds > 0
    ? `in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
    : 'in a moment';
  return `You are going a little fast for the server. Try again ${when}.`;
}

async function readBody<TResult>(response: Response): Promise<GraphQLResponse<TResult> | undefined> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!/application\/(graphql-response\+)?json/.test(contentType)) return undefined;
  try {
    return (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    return undefined;
  }
}
