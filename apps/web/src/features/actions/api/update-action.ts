import { type Action, actionSchema, type UpdateActionBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the user saw, so a change made meanwhile by someone else is refused, not lost. */
export async function updateAction({ action, changes }: { action: Action; changes: UpdateActionBody }) {
  return await apiSend('PATCH', `/api/actions/${action.id}`, changes, actionSchema, {
    'if-match': `"${action.version}"`,
  });
}

export function useUpdateAction(options: { onSuccess?: (action: Action) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAction,
    onSuccess: async (action) => {
      queryClient.setQueryData(actionKeys.detail(action.id), action);
      await invalidatePlan(queryClient, action.planId, { fresh: [actionKeys.detail(action.id)] });
      options.onSuccess?.(action);
    },
  });
}
