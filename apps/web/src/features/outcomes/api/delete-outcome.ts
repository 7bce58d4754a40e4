import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { planKeys } from '../../../lib/queries/plan-keys';

/** Refused (409) when any of its actions has history: archive it instead. */
export async function deleteOutcome(outcomeId: string) {
  await apiSendNoReply('DELETE', `/api/outcomes/${outcomeId}`, undefined);
}

export function useDeleteOutcome(outcomeId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteOutcome(outcomeId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.();
    },
  });
}
