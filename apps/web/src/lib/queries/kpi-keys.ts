/** Query keys for KPIs, broadest first, so one invalidation reaches a plan's scorecard and each KPI. */
export const kpiKeys = {
  all: ['kpis'] as const,
  lists: () => [...kpiKeys.all, 'list'] as const,
  list: (planId: string) => [...kpiKeys.lists(), planId] as const,
  details: () => [...kpiKeys.all, 'detail'] as const,
  detail: (kpiId: string) => [...kpiKeys.details(), kpiId] as const,
};
