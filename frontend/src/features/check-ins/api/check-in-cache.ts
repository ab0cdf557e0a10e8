import type { QueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { CheckInFieldsFragment } from '@/lib/gql/graphql';

// The employee's page and the manager's review ask for the same fields, so an answer from either (a submitted
// check-in, a reply) can replace the cached copies wherever they are shown.
// Exported for codegen's sake only: operations spread it by name.
export const checkInFields = graphql(`
  fragment CheckInFields on CheckIn {
    id
    employee {
      id
      name
      title
    }
    week
    mood
    wins
    blockers
    priorities
    submittedAt
    replies {
      id
      author {
        id
        name
        title
      }
      text
      createdAt
    }
  }
`);

export type CheckIn = CheckInFieldsFragment;
export type CheckInReply = CheckIn['replies'][number];

/** `week` is any day of a company week (yyyy-MM-dd); no week means "this week", as the server counts it. */
export const checkInKeys = {
  mine: ['check-ins', 'mine'] as const,
  history: ['check-ins', 'history'] as const,
  team: ['check-ins', 'team'] as const,
  teamWeek: (week: string | null) => ['check-ins', 'team', week ?? 'this'] as const,
};

type TeamView = { checkIns: ReadonlyArray<CheckIn> };

/** Puts `checkIn` in place of its old copy in every cached team view that shows it. */
export function replaceCachedCheckIn(queryClient: QueryClient, checkIn: CheckIn) {
  queryClient.setQueriesData<TeamView>({ queryKey: checkInKeys.team }, (view) =>
    view && view.checkIns.some((shown) => shown.id === checkIn.id)
      ? { ...view, checkIns: view.checkIns.map((shown) => (shown.id === checkIn.id ? checkIn : shown)) }
      : view,
  );
}
