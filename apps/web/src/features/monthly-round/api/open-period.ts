import { type OpenPeriodBody, type Period, periodSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { planKeys } from '../../../lib/queries/plan-keys';
import { roundKeys } from '../../../lib/queries/round-keys';

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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roundKeys.all }),
        queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.lists() }),
      ]);
      options.onSuccess?.(period);
    },
  });
}
