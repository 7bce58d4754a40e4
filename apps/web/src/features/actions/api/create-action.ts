import { type Action, actionSchema, type CreateActionBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function createAction({ outcomeId, body }: { outcomeId: string; body: CreateActionBody }) {
  return await apiSend('POST', `/api/outcomes/${outcomeId}/actions`, body, actionSchema);
}

export function useCreateAction(options: { onSuccess?: (action: Action) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAction,
    onSuccess: async (action) => {
      await invalidatePlan(queryClient, action.planId);
      options.onSuccess?.(action);
    },
  });
}
