import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { MyProfileInput } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

import { employeeQueryKey } from './get-employee';

export const updateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: MyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
      email
      title
      team {
        id
        name
      }
      manager {
        id
        name
        title
      }
      timeZone
      startDate
      active
      isHrAdmin
      isManager
      reportCount
    }
  }
`);

export const updateMyProfile = async (input: MyProfileInput) =>
  (await execute(updateMyProfileDocument, { input })).updateMyProfile;

export const useUpdateMyProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (employee) => {
      queryClient.setQueryData(employeeQueryKey(employee.id), employee);
      // The title shows in the directory and on team pages too.
      void queryClient.invalidateQueries({ queryKey: ['people', 'directory'] });
      void queryClient.invalidateQueries({ queryKey: ['people', 'reports'] });
    },
  });
};
