import { type FindingList, findingListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { findingKeys } from './keys';

/** The plan's findings, each with its judgement history and the actions addressing it. */
export function getFindings(planId: string, signal?: AbortSignal): Promise<FindingList> {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/findings`, findingListSchema, signal);
}

export function findingsQueryOptions(planId: string) {
  return queryOptions({
    queryKey: findingKeys.list(planId),
    queryFn: ({ signal }) => getFindings(planId, signal),
  });
}

export function useFindings(planId: string) {
  return useQuery(findingsQueryOptions(planId));
}
