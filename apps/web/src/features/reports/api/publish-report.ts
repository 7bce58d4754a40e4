import { type BoardReport, boardReportSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { reportKeys } from '../../../lib/queries/report-keys';

/** Publishes the draft as the manager last saw it: from then on it never changes. */
export async function publishReport(report: BoardReport): Promise<BoardReport> {
  return await apiSend(
    'POST',
    `/api/reports/${encodeURIComponent(report.id)}/publish`,
    undefined,
    boardReportSchema,
    { 'if-match': `"${report.version}"` },
  );
}

export function usePublishReport(options: { onSuccess?: (report: BoardReport) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishReport,
    onSuccess: async (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report);
      await invalidatePlan(queryClient, report.planId, { fresh: [reportKeys.detail(report.id)] });
      options.onSuccess?.(report);
    },
  });
}
