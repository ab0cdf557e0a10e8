import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { CompanyProfileInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { companyQueryKey } from './get-company';

export const updateCompanyProfileDocument = graphql(`
  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
    updateCompanyProfile(input: $input) {
      name
      timeZone
      values
      ideaAnswerSlaHours
      monthlyKudosAllowance
      updatedAt
    }
  }
`);

export const updateCompanyProfile = async (input: CompanyProfileInput) =>
  (await execute(updateCompanyProfileDocument, { input })).updateCompanyProfile;

export const useUpdateCompanyProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompanyProfile,
    onSuccess: (company) => queryClient.setQueryData(companyQueryKey, company),
  });
};
