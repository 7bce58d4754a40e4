import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Refused (409) when anything in the priority has history: archive it instead. */
export async function deletePriority(priorityId: string) {
  await apiSendNoReply('DELETE', `/api/priorities/${priorityId}`, undefined);
}

/** Deletes a priority of `planId`. */
export function useDeletePriority(
  { planId, priorityId }: { planId: string; priorityId: string },
  options: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deletePriority(priorityId),
    onSuccess: async () => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.();
    },
  });
}
