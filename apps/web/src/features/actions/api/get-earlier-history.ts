import { type EarlierHistory, earlierHistorySchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';

/** The updates an action carried forward brings from the earlier plans' actions, latest plan first. */
export function getEarlierHistory(actionId: string, signal?: AbortSignal): Promise<EarlierHistory> {
  return apiGet(`/api/actions/${encodeURIComponent(actionId)}/earlier-history`, earlierHistorySchema, signal);
}

export function earlierHistoryQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: actionKeys.earlierHistory(actionId),
    queryFn: ({ signal }) => getEarlierHistory(actionId, signal),
  });
}

/** Asked only of an action carried forward: one never carried has no earlier history. */
export function useEarlierHistory(actionId: string, carried: boolean) {
  return useQuery({ ...earlierHistoryQueryOptions(actionId), enabled: carried });
}
