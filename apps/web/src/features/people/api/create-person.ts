import { type CreatePersonBody, type Person, personSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function createPerson(body: CreatePersonBody): Promise<Person> {
  return await apiSend('POST', '/api/people', body, personSchema);
}

export function useCreatePerson(options: { onSuccess?: (person: Person) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: async (person) => {
      await invalidatePlan(queryClient, null);
      options.onSuccess?.(person);
    },
  });
}
