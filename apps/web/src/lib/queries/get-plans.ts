import { type PlanList, planListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { planKeys } from './plan-keys';

export function getPlans(signal?: AbortSignal): Promise<PlanList> {
  return apiGet('/api/plans', planListSchema, signal);
}

export function plansQueryOptions() {
  return queryOptions({ queryKey: planKeys.lists(), queryFn: ({ signal }) => getPlans(signal) });
}

export function usePlans() {
  return useQuery(plansQueryOptions());
}
