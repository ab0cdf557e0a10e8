import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

export const getSingleSignOnDocument = graphql(`
  query GetSingleSignOn {
    singleSignOn {
      displayName
      startUrl
    }
  }
`);

/** The company's identity provider, or `null` when only passwords are set up. */
export const getSingleSignOnQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'single-sign-on'] as const,
    queryFn: async ({ signal }) => (await execute(getSingleSignOnDocument, undefined, { signal })).singleSignOn,
    // Server configuration: it does not change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSingleSignOn = () => useQuery(getSingleSignOnQueryOptions());
