import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { NotificationPreferencesInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { notificationKeys } from './notification-cache';

export const updateNotificationPreferencesDocument = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);

export const updateNotificationPreferences = async (input: NotificationPreferencesInput) =>
  (await execute(updateNotificationPreferencesDocument, { input })).updateNotificationPreferences;

export const useUpdateNotificationPreferences = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences, preferences),
  });
};
