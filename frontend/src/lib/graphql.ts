import type { TypedDocumentString } from '@/lib/gql/graphql';

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

type GraphQLResponse<TResult> = {
  data?: TResult | null;
  errors?: ReadonlyArray<GraphQLErrorEntry>;
};

/** `undefined` for an operation without variables, else the variables it declares. */
export type OperationVariables<TVariables> = [TVariables] extends [Record<string, never>] ? undefined : TVariables;

export type ExecuteOptions = { signal?: AbortSignal };

export const graphqlEndpoint = '/graphql';

// The backend refuses state-changing requests without this header: a cross-site form or a simple
// request cannot set it, so it works as the CSRF guard.
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
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('\n'), response.status, body.errors);
  }
  if (!response.ok || body?.data == null) {
    throw new GraphQLRequestError(
      `The server answered ${response.status} ${response.statusText || 'without data'}. Please try again.`,
      response.status,
    );
  }
  return body.data;
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
