import { type Person, personSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { personKeys } from '../../../lib/queries/person-keys';
import { planKeys } from '../../../lib/queries/plan-keys';

/** Merges a duplicate into another person; the answer is the person who remains. */
export async function mergePerson({ personId, intoId }: { personId: string; intoId: string }) {
  return await apiSend('POST', `/api/people/${personId}/merge`, { intoId }, personSchema);
}

export function useMergePerson(options: { onSuccess?: (survivor: Person) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergePerson,
    onSuccess: async (survivor) => {
      await queryClient.invalidateQueries({ queryKey: personKeys.all });
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.(survivor);
    },
  });
}
