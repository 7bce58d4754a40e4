import { type PublicSummary, publicSummarySchema, type WritePublicSummaryBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { summaryPath } from './get-public-summary';
import { publicationKeys } from './keys';

/** Saves the draft over the version the writer saw; the published words wait for the manager. */
export async function writePublicSummary({
  summary,
  body,
}: {
  summary: PublicSummary;
  body: WritePublicSummaryBody;
}) {
  return await apiSend('PUT', summaryPath(summary.kind, summary.itemId), body, publicSummarySchema, {
    'if-match': `"${summary.version}"`,
  });
}

export function useWritePublicSummary(options: { onSuccess?: (summary: PublicSummary) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writePublicSummary,
    onSuccess: async (summary) => {
      const key = publicationKeys.summary(summary.kind, summary.itemId);
      queryClient.setQueryData(key, summary);
      await invalidatePlan(queryClient, summary.planId, { fresh: [key] });
      options.onSuccess?.(summary);
    },
  });
}
