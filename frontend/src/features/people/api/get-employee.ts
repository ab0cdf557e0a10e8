import { queryOptions, useQuery } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import type { GetEmployeeQuery } from '@/lib/gql/graphql';
import { execute } from '@/lib/graphql';

export const getEmployeeDocument = graphql(`
  query GetEmployee($id: ID!) {
    employee(id: $id) {
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

export type EmployeeProfile = NonNullable<GetEmployeeQuery['employee']>;

export const employeeQueryKey = (id: string) => ['people', 'employee', id] as const;

/** A colleague's profile; `null` when no one has this id. */
export const getEmployeeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: employeeQueryKey(id),
    queryFn: async ({ signal }) => (await execute(getEmployeeDocument, { id }, { signal })).employee,
  });

export const useEmployee = (id: string) => useQuery(getEmployeeQueryOptions(id));
