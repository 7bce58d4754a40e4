/** Query keys for board reports, broadest first, so one invalidation reaches every list and report. */
export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (planId: string) => [...reportKeys.lists(), planId] as const,
  details: () => [...reportKeys.all, 'detail'] as const,
  detail: (reportId: string) => [...reportKeys.details(), reportId] as const,
};
