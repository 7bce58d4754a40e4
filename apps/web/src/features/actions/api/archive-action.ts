import { actionSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { planKeys } from '../../../lib/queries/plan-keys';

/** Archives the action: its history is kept, but it leaves the plan. */
export async function archiveAction(actionId: string) {
  return await apiSend('POST', `/api/actions/${actionId}/archive`, undefined, actionSchema);
}

export function useArchiveAction(actionId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archiveAction(actionId),
    onSuccess: async () => {
      options.onSuccess?.();
      queryClient.removeQueries({ queryKey: actionKeys.detail(actionId) });
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
