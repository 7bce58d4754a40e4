import { type ActionHistory, actionHistorySchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';

/** Every status update on the action, newest first, superseded ones included. */
export function getActionHistory(actionId: string, signal?: AbortSignal): Promise<ActionHistory> {
  return apiGet(`/api/actions/${encodeURIComponent(actionId)}/updates`, actionHistorySchema, signal);
}

export function actionHistoryQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: actionKeys.history(actionId),
    queryFn: ({ signal }) => getActionHistory(actionId, signal),
  });
}

export function useActionHistory(actionId: string) {
  return useQuery(actionHistoryQueryOptions(actionId));
}
