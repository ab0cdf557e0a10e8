import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetIdeaAnswerTimesQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { ideaKeys } from './idea-cache';

export const getIdeaAnswerTimesDocument = graphql(`
  query GetIdeaAnswerTimes {
    ideaAnswerTimes {
      team
      answered
      unanswered
      medianHours
      p90Hours
      answeredWithinTarget
    }
    company {
      ideaAnswerSlaHours
    }
  }
`);

export type TeamAnswerTime = GetIdeaAnswerTimesQuery['ideaAnswerTimes'][number];
export type AnswerTimes = { teams: TeamAnswerTime[]; targetHours: number };

export const getIdeaAnswerTimesQueryOptions = () =>
  queryOptions({
    queryKey: ideaKeys.answerTimes,
    queryFn: async ({ signal }): Promise<AnswerTimes> => {
      const { ideaAnswerTimes, company } = await execute(getIdeaAnswerTimesDocument, undefined, { signal });
      return { teams: ideaAnswerTimes, targetHours: company.ideaAnswerSlaHours };
    },
    staleTime: 5 * 60_000,
  });

/** Per team, how long ideas waited for their first answer, and the company's target. */
export const useIdeaAnswerTimes = () => useQuery(getIdeaAnswerTimesQueryOptions());
