import type { IdeaStatus } from '@/lib/gql/graphql';

/** The workflow in order: New → Under review → Planned → In progress → Done, or Declined, or Merged. */
export const statusOrder: ReadonlyArray<IdeaStatus> = ['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'MERGED'];

export const statusLabels: Record<IdeaStatus, string> = {
  NEW: 'New',
  UNDER_REVIEW: 'Under review',
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DECLINED: 'Declined',
  MERGED: 'Merged',
};

/** What choosing a status says about the idea, for the answer panel. */
export const statusMeanings: Record<IdeaStatus, string> = {
  NEW: 'Not answered yet.',
  UNDER_REVIEW: 'You are looking into it.',
  PLANNED: 'It will be done; say roughly when.',
  IN_PROGRESS: 'Work has started.',
  DONE: 'It is done: a final answer.',
  DECLINED: 'It will not be done; say why. A final answer.',
  MERGED: 'Another idea says the same: votes and followers move there. A final answer.',
};

/** Done, declined and merged ideas are answered for good: no more votes, no more moves. */
export const isClosed = (idea: { nextStatuses: ReadonlyArray<IdeaStatus> }) => idea.nextStatuses.length === 0;
