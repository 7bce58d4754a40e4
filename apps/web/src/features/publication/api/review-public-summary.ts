import { type PublicSummary, publicSummarySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { summaryPath } from './get-public-summary';
import { publicationKeys } from './keys';

/** The manager publishes the summary exactly as they were shown it (If-Match), or takes it off the page. */
export async function reviewPublicSummary({
  summary,
  decision,
}: {
  summary: PublicSummary;
  decision: 'approve' | 'withdraw';
}): Promise<PublicSummary> {
  return await apiSend(
    'POST',
    `${summaryPath(summary.kind, summary.itemId)}/${decision}`,
    undefined,
    publicSummarySchema,
    { 'if-match': `"${summary.version}"` },
  );
}

export function useReviewPublicSummary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewPublicSummary,
    onSuccess: async (summary) => {
      const key = publicationKeys.summary(summary.kind, summary.itemId);
      queryClient.setQueryData(key, summary);
      await invalidatePlan(queryClient, summary.planId, { fresh: [key] });
    },
  });
}
