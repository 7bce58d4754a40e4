import { type KpiDetail, kpiDetailSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { kpiKeys } from './kpi-keys';

/** One KPI with every value ever recorded for it, replaced ones included. */
export function getKpi(kpiId: string, signal?: AbortSignal): Promise<KpiDetail> {
  return apiGet(`/api/kpis/${encodeURIComponent(kpiId)}`, kpiDetailSchema, signal);
}

export function kpiQueryOptions(kpiId: string) {
  return queryOptions({ queryKey: kpiKeys.detail(kpiId), queryFn: ({ signal }) => getKpi(kpiId, signal) });
}

export function useKpi(kpiId: string) {
  return useQuery(kpiQueryOptions(kpiId));
}
