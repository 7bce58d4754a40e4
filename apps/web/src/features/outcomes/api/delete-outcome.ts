import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Refused (409) when any of its actions has history: archive it instead. */
export async function deleteOutcome(outcomeId: string) {
  await apiSendNoReply('DELETE', `/api/outcomes/${outcomeId}`, undefined);
}

/** Deletes an outcome of `planId`. */
export function useDeleteOutcome(
  { planId, outcomeId }: { planId: string; outcomeId: string },
  options: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteOutcome(outcomeId),
    onSuccess: async () => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.();
    },
  });
}
