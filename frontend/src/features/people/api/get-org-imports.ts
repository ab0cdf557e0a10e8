import { useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetOrgImportsQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { isImportInProgress } from '../utils/import-status';

export const getOrgImportsDocument = graphql(`
  query GetOrgImports($first: Int) {
    orgImports(first: $first) {
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

export type OrgImportSummary = GetOrgImportsQuery['orgImports'][number];

export const orgImportsQueryKey = ['people', 'org-imports'] as const;

/** The recent imports, newest first; refreshed every few seconds while one of them is running. */
export const useOrgImports = () =>
  useQuery({
    queryKey: orgImportsQueryKey,
    queryFn: async ({ signal }) => (await execute(getOrgImportsDocument, { first: 10 }, { signal })).orgImports,
    refetchInterval: (query) =>
      query.state.data?.some((entry) => isImportInProgress(entry.status)) ? 3_000 : false,
  });
