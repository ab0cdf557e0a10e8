import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { ideaKeys, type IdeaDetail } from './idea-cache';

export const getIdeaByFollowTokenDocument = graphql(`
  query GetIdeaByFollowToken($token: String!) {
    ideaByFollowToken(token: $token) {
      ...IdeaDetailFields
    }
  }
`);

export const getIdeaByFollowTokenQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ideaKeys.follow(token),
    queryFn: async ({ signal }): Promise<IdeaDetail | null> =>
      (await execute(getIdeaByFollowTokenDocument, { token }, { signal })).ideaByFollowToken,
    // The token is the author's secret: forget it (and the idea read with it) as soon as the page is left.
    gcTime: 0,
  });

/** The anonymous author's idea, read with the token only they hold; `null` when the token opens none. */
export const useIdeaByFollowToken = (token: string) => useQuery(getIdeaByFollowTokenQueryOptions(token));
