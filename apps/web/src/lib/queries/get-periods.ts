import { periodListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { roundKeys } from './round-keys';

/** The plan's reporting periods, oldest first. */
export function getPeriods(planId: string, signal?: AbortSignal) {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/periods`, periodListSchema, signal);
}

export function periodsQueryOptions(planId: string) {
  return queryOptions({
    queryKey: roundKeys.periods(planId),
    queryFn: ({ signal }) => getPeriods(planId, signal),
  });
}

export function usePeriods(planId: string) {
  return useQuery(periodsQueryOptions(planId));
}
