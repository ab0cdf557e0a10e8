import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { recognitionKeys, type Kudos } from './kudos-cache';

export const getKudosDocument = graphql(`
  query GetKudos($id: ID!) {
    kudos(id: $id) {
      ...KudosCardFields
    }
  }
`);

export const getKudosQueryOptions = (id: string) =>
  queryOptions({
    queryKey: recognitionKeys.kudos(id),
    queryFn: async ({ signal }): Promise<Kudos | null> => (await execute(getKudosDocument, { id }, { signal })).kudos,
  });

/** One kudos with all its comments (a feed carries the newest three); read only when `enabled`. */
export const useKudos = (id: string, enabled: boolean) => useQuery({ ...getKudosQueryOptions(id), enabled });
