import {
  type KpiDetail,
  type KpiValue,
  kpiDetailSchema,
  kpiValueSchema,
  type RecordKpiValueBody,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { kpiKeys } from '../../../lib/queries/kpi-keys';
import { roundKeys } from '../../../lib/queries/round-keys';

export interface RecordedKpiValue {
  value: KpiValue;
  kpi: KpiDetail;
}

/** The API's 201 reply: the value as judged and the KPI as it now stands, each by its shared schema. */
const recordedSchema = {
  parse(data: unknown): RecordedKpiValue {
    const reply = (data ?? {}) as Record<string, unknown>;
    return { value: kpiValueSchema.parse(reply.value), kpi: kpiDetailSchema.parse(reply.kpi) };
  },
};

export async function recordKpiValue({
  kpiId,
  body,
}: {
  kpiId: string;
  body: RecordKpiValueBody;
}): Promise<RecordedKpiValue> {
  return await apiSend('POST', `/api/kpis/${encodeURIComponent(kpiId)}/values`, body, recordedSchema);
}

/** Records a month's actual; the KPI, its plan's scorecard and the round's summary then reload. */
export function useRecordKpiValue(options: { onSuccess?: (reply: RecordedKpiValue) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordKpiValue,
    onSuccess: async (reply) => {
      queryClient.setQueryData(kpiKeys.detail(reply.kpi.id), reply.kpi);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: kpiKeys.all }),
        queryClient.invalidateQueries({ queryKey: roundKeys.plan(reply.kpi.planId) }),
      ]);
      options.onSuccess?.(reply);
    },
  });
}
