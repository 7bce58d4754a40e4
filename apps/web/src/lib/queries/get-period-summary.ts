import { type Month, type PlanPeriodSummary, planPeriodSummarySchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { roundKeys } from './round-keys';

/** Where the plan stands at a period (the current one when null), and what needs attention. */
export function getSummary(
  planId: string,
  period: Month | null,
  signal?: AbortSignal,
): Promise<PlanPeriodSummary> {
  const query = period ? `?period=${period}` : '';
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/summary${query}`, planPeriodSummarySchema, signal);
}

export function summaryQueryOptions(planId: string, period: Month | null) {
  return queryOptions({
    queryKey: roundKeys.summary(planId, period),
    queryFn: ({ signal }) => getSummary(planId, period, signal),
  });
}

export function useSummary(planId: string, period: Month | null) {
  return useQuery(summaryQueryOptions(planId, period));
}
