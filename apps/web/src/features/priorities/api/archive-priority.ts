import { prioritySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Archives the priority with its outcomes and actions: kept, with their history, but out of the plan. */
export async function archivePriority(priorityId: string) {
  return await apiSend('POST', `/api/priorities/${priorityId}/archive`, undefined, prioritySchema);
}

export function useArchivePriority(priorityId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archivePriority(priorityId),
    onSuccess: async (priority) => {
      await invalidatePlan(queryClient, priority.planId);
      options.onSuccess?.();
    },
  });
}
