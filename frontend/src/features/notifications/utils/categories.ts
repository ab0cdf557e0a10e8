import type { NotificationCategory } from '@/lib/gql/graphql';

/** The short name a notification's category goes by in the inbox (preferences show the API's longer labels). */
export const categoryNames: Record<NotificationCategory, string> = {
  RECOGNITION: 'Recognition',
  IDEAS: 'Ideas',
  FEEDBACK: 'Feedback',
  CHECK_INS: 'Check-ins',
  ONE_ON_ONES: '1:1s',
};
