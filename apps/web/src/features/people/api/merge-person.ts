import { type Person, personSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Merges a duplicate into another person; the answer is the person who remains. */
export async function mergePerson({ personId, intoId }: { personId: string; intoId: string }) {
  return await apiSend('POST', `/api/people/${personId}/merge`, { intoId }, personSchema);
}

export function useMergePerson(options: { onSuccess?: (survivor: Person) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergePerson,
    onSuccess: async (survivor) => {
      await invalidatePlan(queryClient, null);
      options.onSuccess?.(survivor);
    },
  });
}
