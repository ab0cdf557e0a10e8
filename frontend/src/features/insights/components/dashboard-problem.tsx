import { EmptyState } from '@/components/ui/empty-state';
import { ChartIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { errorCode } from '@/lib/graphql';

/** Where a dashboard's error belongs: beside the dates, beside the filters, instead of the page, or a retry. */
export type DashboardProblem = { kind: 'period' | 'filter' | 'forbidden' | 'failed'; message: string };

export const dashboardProblem = (error: Error | null): DashboardProblem | undefined => {
  if (!error) return undefined;
  switch (errorCode(error)) {
    // A period in the future, reversed or too long; a date the server could not read.
    case 'INVALID_ARGUMENT':
    case 'INVALID_VALUE':
      return { kind: 'period', message: error.message };
    // A team or a time zone in a shared link that no longer exists.
    case 'NOT_FOUND':
    case 'TIME_ZONE_UNKNOWN':
      return { kind: 'filter', message: error.message };
    case 'FORBIDDEN':
      return { kind: 'forbidden', message: error.message };
    default:
      return { kind: 'failed', message: error.message };
  }
};

/** The body of a dashboard that could not be shown; problems with the period or the filters are shown beside them. */
export const DashboardUnavailable = ({ problem, error, what, onRetry }: { problem: DashboardProblem; error: Error | null; what: string; onRetry: () => void }) => {
  if (problem.kind === 'forbidden') {
    return <EmptyState icon={<ChartIcon />} title={`No ${what} to show`} description={problem.message} />;
  }
  if (problem.kind === 'failed') return <LoadError title={`The ${what} could not be loaded`} error={error} onRetry={onRetry} />;
  return null;
};
