import { type KpiList, kpiListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { kpiKeys } from './kpi-keys';

/** A plan's KPI scorecard: each KPI with its targets and the values in force, judged (the scorecard, and the new baselines when the next plan starts). */
export function getKpis(planId: string, signal?: AbortSignal): Promise<KpiList> {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/kpis`, kpiListSchema, signal);
}

export function kpisQueryOptions(planId: string) {
  return queryOptions({ queryKey: kpiKeys.list(planId), queryFn: ({ signal }) => getKpis(planId, signal) });
}

export function useKpis(planId: string) {
  return useQuery(kpisQueryOptions(planId));
}
