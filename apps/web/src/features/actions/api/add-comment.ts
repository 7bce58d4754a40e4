import { type Comment, commentSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan, planOfAction } from '../../../lib/queries/invalidate-plan';

export async function addComment({ actionId, text }: { actionId: string; text: string }) {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(actionId)}/comments`,
    { text },
    commentSchema,
  );
}

export function useAddComment(options: { onSuccess?: (comment: Comment) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addComment,
    onSuccess: async (comment) => {
      await invalidatePlan(queryClient, planOfAction(queryClient, comment.actionId));
      options.onSuccess?.(comment);
    },
  });
}
