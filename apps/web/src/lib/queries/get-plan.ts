import { type PlanTree, planTreeSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { planKeys } from './plan-keys';

export function getPlan(planId: string, signal?: AbortSignal): Promise<PlanTree> {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}`, planTreeSchema, signal);
}

export function planQueryOptions(planId: string) {
  return queryOptions({
    queryKey: planKeys.detail(planId),
    queryFn: ({ signal }) => getPlan(planId, signal),
  });
}

export function usePlan(planId: string) {
  return useQuery(planQueryOptions(planId));
}
