import { useMutation } from '@tanstack/react-query';

import { graphql } from '@/lib/gql/gql';
import { execute } from '@/lib/graphql';

export const setPulseCadenceDocument = graphql(`
  mutation SetPulseCadence($days: Int!) {
    setPulseCadence(days: $days)
  }
`);

export const setPulseCadence = async (days: number) => (await execute(setPulseCadenceDocument, { days })).setPulseCadence;

export const useSetPulseCadence = () => useMutation({ mutationFn: setPulseCadence });
