import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { recognitionKeys } from './kudos-cache';

export const getKudosOptionsDocument = graphql(`
  query GetKudosOptions {
    company {
      values
    }
    kudosReactions
  }
`);

export type KudosOptions = { values: string[]; reactions: string[] };

/** What a kudos may be given for (the company values) and reacted with. */
export const getKudosOptionsQueryOptions = () =>
  queryOptions({
    queryKey: recognitionKeys.options,
    queryFn: async ({ signal }): Promise<KudosOptions> => {
      const { company, kudosReactions } = await execute(getKudosOptionsDocument, undefined, { signal });
      return { values: company.values, reactions: kudosReactions };
    },
    staleTime: 5 * 60_000,
  });

export const useKudosOptions = () => useQuery(getKudosOptionsQueryOptions());
