import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { invalidatePlan, planOfAction } from '../../../lib/queries/invalidate-plan';

/** Refused (409) once the action has any status update: archive it instead. */
export async function deleteAction(actionId: string) {
  await apiSendNoReply('DELETE', `/api/actions/${actionId}`, undefined);
}

export function useDeleteAction(actionId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteAction(actionId),
    onSuccess: async () => {
      options.onSuccess?.();
      const planId = planOfAction(queryClient, actionId);
      queryClient.removeQueries({ queryKey: actionKeys.detail(actionId) });
      await invalidatePlan(queryClient, planId);
    },
  });
}
