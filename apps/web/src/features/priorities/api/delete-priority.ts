import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { planKeys } from '../../../lib/queries/plan-keys';

/** Refused (409) when anything in the priority has history: archive it instead. */
export async function deletePriority(priorityId: string) {
  await apiSendNoReply('DELETE', `/api/priorities/${priorityId}`, undefined);
}

export function useDeletePriority(priorityId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deletePriority(priorityId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.();
    },
  });
}
