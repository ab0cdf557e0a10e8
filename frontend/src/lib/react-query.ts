import { QueryClient } from '@tanstack/react-query';

import { GraphQLRequestError } from '@/lib/graphql';

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A GraphQL error (validation, domain rule) will fail the same way again, and a rate limit
        // asks us to wait; a lost connection may come back.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(error instanceof GraphQLRequestError && (error.errors.length > 0 || error.status === 429)),
      },
    },
  });
