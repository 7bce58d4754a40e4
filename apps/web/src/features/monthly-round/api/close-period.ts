import { type Month, type Period, periodSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/**
 * Closing makes the month's updates read-only and keeps the plan as it stood; its live links
 * expire and its scheduled reminders are cancelled.
 */
export async function closePeriod({ planId, month }: { planId: string; month: Month }): Promise<Period> {
  return await apiSend(
    'POST',
    `/api/plans/${encodeURIComponent(planId)}/periods/${month}/close`,
    undefined,
    periodSchema,
  );
}

export function useClosePeriod(options: { onSuccess?: (period: Period) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closePeriod,
    onSuccess: async (period, { planId }) => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.(period);
    },
  });
}
