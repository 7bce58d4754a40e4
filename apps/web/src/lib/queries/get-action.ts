import { type Action, actionSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { actionKeys } from './action-keys';

export function getAction(actionId: string, signal?: AbortSignal): Promise<Action> {
  return apiGet(`/api/actions/${encodeURIComponent(actionId)}`, actionSchema, signal);
}

export function actionQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: actionKeys.detail(actionId),
    queryFn: ({ signal }) => getAction(actionId, signal),
  });
}

export function useAction(actionId: string) {
  return useQuery(actionQueryOptions(actionId));
}
