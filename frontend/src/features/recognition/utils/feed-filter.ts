import type { KudosDirection } from '@/lib/gql/graphql';

/** Which kudos a feed lists: recognitionFeed's scope and its subject. */
export type FeedFilter =
  | { scope: 'COMPANY' }
  | { scope: 'TEAM'; teamId: string }
  | { scope: 'PERSON'; employeeId: string; direction: KudosDirection };

type KudosPeople = { giver: { id: string }; recipients: ReadonlyArray<{ id: string }> };

/**
 * Whether a new kudos belongs in a feed; `undefined` when the kudos cannot tell (a team feed lists
 * kudos received by the team's members, and a kudos names its people without their teams).
 */
export function feedIncludes(filter: FeedFilter, kudos: KudosPeople): boolean | undefined {
  switch (filter.scope) {
    case 'COMPANY':
      return true;
    case 'TEAM':
      return undefined;
    case 'PERSON':
      return filter.direction === 'GIVEN'
        ? kudos.giver.id === filter.employeeId
        : kudos.recipients.some((recipient) => recipient.id === filter.employeeId);
  }
}
