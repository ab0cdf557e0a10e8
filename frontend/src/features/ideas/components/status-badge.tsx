import type { IdeaStatus } from '@/lib/gql/graphql';

import { statusLabels } from '../utils/status';

export const StatusBadge = ({ status }: { status: IdeaStatus }) => (
  <span className={`idea-status idea-status--${status.toLowerCase().replace('_', '-')}`} data-testid="idea-status">
    {statusLabels[status]}
  </span>
);
