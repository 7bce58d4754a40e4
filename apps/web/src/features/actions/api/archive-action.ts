import { actionSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Archives the action: its history is kept, but it leaves the plan. */
export async function archiveAction(actionId: string) {
  return await apiSend('POST', `/api/actions/${actionId}/archive`, undefined, actionSchema);
}

export function useArchiveAction(actionId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archiveAction(actionId),
    onSuccess: async (action) => {
      options.onSuccess?.();
      queryClient.removeQueries({ queryKey: actionKeys.detail(actionId) });
      await invalidatePlan(queryClient, action.planId);
    },
  });
}
