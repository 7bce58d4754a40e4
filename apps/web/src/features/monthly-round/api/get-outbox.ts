import { type Month, outboxListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { roundKeys } from '../../../lib/queries/round-keys';

/** The emails ragboard sent, or kept unsent, for a period of the plan. */
export function getOutbox(planId: string, period: Month, signal?: AbortSignal) {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/outbox?period=${period}`, outboxListSchema, signal);
}

export function outboxQueryOptions(planId: string, period: Month) {
  return queryOptions({
    queryKey: roundKeys.outbox(planId, period),
    queryFn: ({ signal }) => getOutbox(planId, period, signal),
  });
}

export function useOutbox(planId: string, period: Month, options: { enabled: boolean }) {
  return useQuery({ ...outboxQueryOptions(planId, period), enabled: options.enabled });
}
