import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { graphql } from '@/lib/gql/gql';
import type { GetOrgImportQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { isImportInProgress } from '../utils/import-status';

import { orgImportsQueryKey } from './get-org-imports';

export const getOrgImportDocument = graphql(`
  query GetOrgImport($id: ID!) {
    orgImport(id: $id) {
      id
      status
      totalRows
      processedRows
      created
      updated
      unchanged
      deactivated
      startedAt
      finishedAt
      failure
    }
  }
`);

export type OrgImport = NonNullable<GetOrgImportQuery['orgImport']>;

const pollEveryMs = 500;

/** An import, polled while it is queued or running; the directory and the list refresh when it ends. */
export const useOrgImport = (id: string) => {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['people', 'org-import', id] as const,
    queryFn: async ({ signal }) => (await execute(getOrgImportDocument, { id }, { signal })).orgImport,
    refetchInterval: (current) => {
      const status = current.state.data?.status;
      return status === undefined || isImportInProgress(status) ? pollEveryMs : false;
    },
    // A poll that fails once (a blip) should not end the progress display.
    retry: 3,
  });
  const finished = query.data && !isImportInProgress(query.data.status);
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: orgImportsQueryKey });
    void queryClient.invalidateQueries({ queryKey: ['people', 'directory'] });
    void queryClient.invalidateQueries({ queryKey: ['people', 'teams'] });
  }, [finished, queryClient]);
  return query;
};
