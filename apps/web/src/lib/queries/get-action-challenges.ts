import { type ActionChallenges, actionChallengesSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { challengeKeys } from './challenge-keys';

/** The action's challenges, newest first, and whether the signed-in user may raise or answer one. */
export function getActionChallenges(actionId: string, signal?: AbortSignal): Promise<ActionChallenges> {
  return apiGet(`/api/actions/${encodeURIComponent(actionId)}/challenges`, actionChallengesSchema, signal);
}

export function actionChallengesQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: challengeKeys.action(actionId),
    queryFn: ({ signal }) => getActionChallenges(actionId, signal),
  });
}

export function useActionChallenges(actionId: string) {
  return useQuery(actionChallengesQueryOptions(actionId));
}
