import { type KpiDetail, kpiDetailSchema, type UpdateKpiBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { kpiKeys } from '../../../lib/queries/kpi-keys';

/** Sends the version the manager saw, so a change made meanwhile by someone else is refused, not lost. */
export async function updateKpi({ kpi, changes }: { kpi: KpiDetail; changes: UpdateKpiBody }) {
  return await apiSend('PATCH', `/api/kpis/${encodeURIComponent(kpi.id)}`, changes, kpiDetailSchema, {
    'if-match': `"${kpi.version}"`,
  });
}

export function useUpdateKpi(options: { onSuccess?: (kpi: KpiDetail) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateKpi,
    onSuccess: async (kpi) => {
      queryClient.setQueryData(kpiKeys.detail(kpi.id), kpi);
      await invalidatePlan(queryClient, kpi.planId, { fresh: [kpiKeys.detail(kpi.id)] });
      options.onSuccess?.(kpi);
    },
  });
}
