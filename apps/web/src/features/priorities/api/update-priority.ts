import { type Priority, prioritySchema, type UpdatePriorityBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { planKeys } from '../../plans/api/keys';

/** No If-Match: the plan's tree, where the form reads the priority from, carries no version for it. */
export async function updatePriority({
  priorityId,
  changes,
}: {
  priorityId: string;
  changes: UpdatePriorityBody;
}) {
  return (await apiSend('PATCH', `/api/priorities/${priorityId}`, changes, prioritySchema))!;
}

export function useUpdatePriority(options: { onSuccess?: (priority: Priority) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePriority,
    onSuccess: async (priority) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.(priority);
    },
  });
}
