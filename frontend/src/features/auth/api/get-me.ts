import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetMeQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

export const getMeDocument = graphql(`
  query GetMe {
    me {
      id
      name
      email
      title
      team {
        id
        name
      }
      isManager
      isHrAdmin
      mustChangePassword
    }
  }
`);

export type SignedInEmployee = NonNullable<GetMeQuery['me']>;

export const meQueryKey = ['me'] as const;

/** Who is signed in: `null` when nobody is. */
export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: async ({ signal }): Promise<SignedInEmployee | null> =>
      (await execute(getMeDocument, undefined, { signal })).me,
  });

export const useMe = () => useQuery(getMeQueryOptions());
