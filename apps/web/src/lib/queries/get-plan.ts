import { type Month, type PlanTree, planTreeSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { planKeys } from './plan-keys';

/** The plan's tree, its actions at `period` (default: the plan's own month). */
export function getPlan(planId: string, period?: Month, signal?: AbortSignal): Promise<PlanTree> {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return apiGet(`/api/plans/${encodeURIComponent(planId)}${query}`, planTreeSchema, signal);
}

export function planQueryOptions(planId: string, period?: Month) {
  return queryOptions({
    queryKey: period ? [...planKeys.detail(planId), period] : planKeys.detail(planId),
    queryFn: ({ signal }) => getPlan(planId, period, signal),
  });
}

export function usePlan(planId: string, period?: Month) {
  return useQuery(planQueryOptions(planId, period));
}
