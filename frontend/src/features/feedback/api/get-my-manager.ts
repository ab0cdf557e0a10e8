import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { feedbackKeys } from './feedback-cache';

export const getUpwardRecipientDocument = graphql(`
  query GetUpwardRecipient {
    me {
      id
      manager {
        id
        name
        title
      }
    }
  }
`);

export const myManagerQueryOptions = () =>
  queryOptions({
    queryKey: feedbackKeys.myManager,
    // Read afresh rather than taken from the session: an organisation import may have given me a new manager.
    queryFn: async ({ signal }) => (await execute(getUpwardRecipientDocument, undefined, { signal })).me?.manager ?? null,
  });

/** Who an upward note goes to: my manager now, or null when I have none. */
export const useMyManager = () => useQuery(myManagerQueryOptions());
