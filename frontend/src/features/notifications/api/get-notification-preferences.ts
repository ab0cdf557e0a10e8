import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { NotificationPreferencesFieldsFragment } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { notificationKeys } from './notification-cache';

// Exported for codegen's sake only: the query and the mutations that answer with preferences spread it.
export const notificationPreferencesFields = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    emailAddress
    categories {
      category
      label
      email
    }
    oneOnOneReminderHours
    calendarFeed {
      active
      createdAt
    }
  }
`);

export type NotificationPreferences = NotificationPreferencesFieldsFragment;

export const getNotificationPreferencesDocument = graphql(`
  query GetNotificationPreferences {
    notificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

export const getNotificationPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.preferences,
    queryFn: async ({ signal }) =>
      (await execute(getNotificationPreferencesDocument, undefined, { signal })).notificationPreferences,
  });

export const useNotificationPreferences = () => useQuery(getNotificationPreferencesQueryOptions());
