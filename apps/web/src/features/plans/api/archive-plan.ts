import { planSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Archives the plan: kept with all its history, read-only in spirit, out of the active list. */
export async function archivePlan(planId: string) {
  return await apiSend('POST', `/api/plans/${planId}/archive`, undefined, planSchema);
}

export function useArchivePlan(planId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archivePlan(planId),
    onSuccess: async () => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.();
    },
  });
}
