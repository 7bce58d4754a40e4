import { type BoardReport, boardReportSchema, type CreateReportBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { reportKeys } from '../../../lib/queries/report-keys';

/** Starts a draft: the API takes a snapshot of the plan at the period. */
export async function createReport({
  planId,
  body,
}: {
  planId: string;
  body: CreateReportBody;
}): Promise<BoardReport> {
  return await apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/reports`, body, boardReportSchema);
}

export function useCreateReport(options: { onSuccess?: (report: BoardReport) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: async (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report);
      await invalidatePlan(queryClient, report.planId, { fresh: [reportKeys.detail(report.id)] });
      options.onSuccess?.(report);
    },
  });
}
