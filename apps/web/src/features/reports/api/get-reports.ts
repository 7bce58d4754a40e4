import { reportListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { reportKeys } from '../../../lib/queries/report-keys';

/** The plan's board reports, newest period first; the API leaves drafts out for all but the manager. */
export function getReports(planId: string, signal?: AbortSignal) {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/reports`, reportListSchema, signal);
}

export function reportsQueryOptions(planId: string) {
  return queryOptions({
    queryKey: reportKeys.list(planId),
    queryFn: ({ signal }) => getReports(planId, signal),
  });
}

export function useReports(planId: string) {
  return useQuery(reportsQueryOptions(planId));
}
