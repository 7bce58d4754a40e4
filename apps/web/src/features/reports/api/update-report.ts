import { type BoardReport, boardReportSchema, type UpdateReportBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { reportKeys } from '../../../lib/queries/report-keys';

/** Sends the version the manager saw, so a change made meanwhile is refused (409), never lost. */
export async function updateReport({
  report,
  changes,
}: {
  report: BoardReport;
  changes: UpdateReportBody;
}): Promise<BoardReport> {
  return await apiSend('PATCH', `/api/reports/${encodeURIComponent(report.id)}`, changes, boardReportSchema, {
    'if-match': `"${report.version}"`,
  });
}

export function useUpdateReport(options: { onSuccess?: (report: BoardReport) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReport,
    onSuccess: async (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report);
      await invalidatePlan(queryClient, report.planId, { fresh: [reportKeys.detail(report.id)] });
      options.onSuccess?.(report);
    },
  });
}
