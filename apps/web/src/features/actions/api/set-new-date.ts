import { type Action, actionSchema, type SetNewDateBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the user saw, so a date changed meanwhile by someone else is refused, not lost. */
export async function setNewDate({ action, body }: { action: Action; body: SetNewDateBody }) {
  return await apiSend('PUT', `/api/actions/${action.id}/new-date`, body, actionSchema, {
    'if-match': `"${action.version}"`,
  });
}

export function useSetNewDate(options: { onSuccess?: (action: Action) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setNewDate,
    onSuccess: async (action) => {
      queryClient.setQueryData(actionKeys.detail(action.id), action);
      await invalidatePlan(queryClient, action.planId, { fresh: [actionKeys.detail(action.id)] });
      options.onSuccess?.(action);
    },
  });
}
