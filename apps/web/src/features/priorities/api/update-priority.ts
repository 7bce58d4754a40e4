import { type Priority, prioritySchema, type UpdatePriorityBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the form was filled from, so an edit made meanwhile is refused (409), not lost. */
export async function updatePriority({
  priorityId,
  version,
  changes,
}: {
  priorityId: string;
  version: number;
  changes: UpdatePriorityBody;
}) {
  const ifMatch = { 'if-match': `"${version}"` };
  return await apiSend('PATCH', `/api/priorities/${priorityId}`, changes, prioritySchema, ifMatch);
}

export function useUpdatePriority(options: { onSuccess?: (priority: Priority) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePriority,
    onSuccess: async (priority) => {
      await invalidatePlan(queryClient, priority.planId);
      options.onSuccess?.(priority);
    },
  });
}
