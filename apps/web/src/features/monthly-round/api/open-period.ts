import { type OpenPeriodBody, type Period, periodSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function openPeriod({
  planId,
  body,
}: {
  planId: string;
  body: OpenPeriodBody;
}): Promise<Period> {
  return await apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/periods`, body, periodSchema);
}

export function useOpenPeriod(options: { onSuccess?: (period: Period) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openPeriod,
    onSuccess: async (period, { planId }) => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.(period);
    },
  });
}
