import { outcomeSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { planKeys } from '../../../lib/queries/plan-keys';

/** Archives the outcome with its actions: kept, with their history, but out of the plan. */
export async function archiveOutcome(outcomeId: string) {
  return await apiSend('POST', `/api/outcomes/${outcomeId}/archive`, undefined, outcomeSchema);
}

export function useArchiveOutcome(outcomeId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archiveOutcome(outcomeId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.();
    },
  });
}
