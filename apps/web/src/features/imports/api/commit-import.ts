import { type ImportPreview, importCommitReplySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Writes the previewed plan in one go; refused while the preview has errors. */
export async function commitImport(preview: Pick<ImportPreview, 'id'>): Promise<{ planId: string }> {
  return await apiSend(
    'POST',
    `/api/imports/${encodeURIComponent(preview.id)}/commit`,
    undefined,
    importCommitReplySchema,
  );
}

export function useCommitImport(options: { onSuccess?: (planId: string) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: async ({ planId }) => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.(planId);
    },
  });
}
