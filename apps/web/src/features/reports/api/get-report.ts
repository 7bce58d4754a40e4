import { boardReportSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { reportKeys } from '../../../lib/queries/report-keys';

/** A board report with its snapshot and commentary; a draft is 404 to anyone but the manager. */
export function getReport(reportId: string, signal?: AbortSignal) {
  return apiGet(`/api/reports/${encodeURIComponent(reportId)}`, boardReportSchema, signal);
}

export function reportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportKeys.detail(reportId),
    queryFn: ({ signal }) => getReport(reportId, signal),
  });
}

export function useReport(reportId: string) {
  return useQuery(reportQueryOptions(reportId));
}
