import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

import { notificationKeys } from './notification-cache';

export const revokeCalendarFeedDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed {
      ...NotificationPreferencesFields
    }
  }
`);

export const revokeCalendarFeed = async () => (await execute(revokeCalendarFeedDocument, undefined)).revokeCalendarFeed;

export const useRevokeCalendarFeed = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences, preferences),
  });
};
