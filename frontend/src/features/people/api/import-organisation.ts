import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { ImportOrganisationMutation } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { orgImportsQueryKey } from './get-org-imports';

export const importOrganisationDocument = graphql(`
  mutation ImportOrganisation($csv: String!) {
    importOrganisation(csv: $csv) {
      import {
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
      errors {
        line
        column
        message
      }
    }
  }
`);

export type OrgImportResult = ImportOrganisationMutation['importOrganisation'];
export type OrgImportError = OrgImportResult['errors'][number];

export const importOrganisation = async (csv: string) =>
  (await execute(importOrganisationDocument, { csv })).importOrganisation;

export const useImportOrganisation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importOrganisation,
    onSuccess: (result) => {
      if (result.import) void queryClient.invalidateQueries({ queryKey: orgImportsQueryKey });
    },
  });
};
