import { type CreatePriorityBody, type Priority, prioritySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function createPriority({ planId, body }: { planId: string; body: CreatePriorityBody }) {
  return await apiSend('POST', `/api/plans/${planId}/priorities`, body, prioritySchema);
}

export function useCreatePriority(options: { onSuccess?: (priority: Priority) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPriority,
    onSuccess: async (priority) => {
      await invalidatePlan(queryClient, priority.planId);
      options.onSuccess?.(priority);
    },
  });
}
