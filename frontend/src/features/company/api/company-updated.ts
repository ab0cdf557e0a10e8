import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { graphql } from '@/lib/gql/gql';
import { subscribe } from '@/lib/subscriptions';

import { companyQueryKey } from './get-company';

export const companyUpdatedDocument = graphql(`
  subscription CompanyUpdated {
    companyUpdated {
      name
      timeZone
      values
      ideaAnswerSlaHours
      monthlyKudosAllowance
      updatedAt
    }
  }
`);

/** Keeps the cached company profile current while the calling component is mounted. */
export const useCompanyUpdatedSubscription = () => {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribe(companyUpdatedDocument, undefined, {
        next: ({ companyUpdated }) => queryClient.setQueryData(companyQueryKey, companyUpdated),
        // Changes made while the socket was down were missed: read the profile again.
        reconnected: () => void queryClient.invalidateQueries({ queryKey: companyQueryKey }),
      }),
    [queryClient],
  );
};
