import { outcomeSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Archives the outcome with its actions: kept, with their history, but out of the plan. */
export async function archiveOutcome(outcomeId: string) {
  return await apiSend('POST', `/api/outcomes/${outcomeId}/archive`, undefined, outcomeSchema);
}

export function useArchiveOutcome(outcomeId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archiveOutcome(outcomeId),
    onSuccess: async (outcome) => {
      await invalidatePlan(queryClient, outcome.planId);
      options.onSuccess?.();
    },
  });
}
