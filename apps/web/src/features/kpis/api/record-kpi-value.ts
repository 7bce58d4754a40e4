import { type RecordedKpiValue, type RecordKpiValueBody, recordedKpiValueSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { kpiKeys } from '../../../lib/queries/kpi-keys';

export async function recordKpiValue({
  kpiId,
  body,
}: {
  kpiId: string;
  body: RecordKpiValueBody;
}): Promise<RecordedKpiValue> {
  return await apiSend('POST', `/api/kpis/${encodeURIComponent(kpiId)}/values`, body, recordedKpiValueSchema);
}

/** Records a month's actual; the KPI, its plan's scorecard and the round's summary then reload. */
export function useRecordKpiValue(options: { onSuccess?: (reply: RecordedKpiValue) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordKpiValue,
    onSuccess: async (reply) => {
      queryClient.setQueryData(kpiKeys.detail(reply.kpi.id), reply.kpi);
      await invalidatePlan(queryClient, reply.kpi.planId, { fresh: [kpiKeys.detail(reply.kpi.id)] });
      options.onSuccess?.(reply);
    },
  });
}
