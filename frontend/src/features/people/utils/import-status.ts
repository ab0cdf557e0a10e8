import type { OrgImportStatus } from '@/lib/gql/graphql';

export const isImportInProgress = (status: OrgImportStatus) => status === 'QUEUED' || status === 'RUNNING';

export const importStatusLabels: Record<OrgImportStatus, string> = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Importing',
  SUCCEEDED: 'Imported',
  FAILED: 'Failed',
};
