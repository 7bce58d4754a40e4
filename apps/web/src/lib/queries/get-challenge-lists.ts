import { type ChallengeList, challengeListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { challengeKeys } from './challenge-keys';

/** The plan's challenges still awaiting an answer, for the manager's round. */
export function getOpenPlanChallenges(planId: string, signal?: AbortSignal): Promise<ChallengeList> {
  return apiGet(
    `/api/plans/${encodeURIComponent(planId)}/challenges?state=open`,
    challengeListSchema,
    signal,
  );
}

export function openPlanChallengesQueryOptions(planId: string) {
  return queryOptions({
    queryKey: challengeKeys.plan(planId, 'open'),
    queryFn: ({ signal }) => getOpenPlanChallenges(planId, signal),
  });
}

export function useOpenPlanChallenges(planId: string) {
  return useQuery(openPlanChallengesQueryOptions(planId));
}

/** Open challenges on the signed-in person's actions: theirs to answer. */
export function getMyChallenges(signal?: AbortSignal): Promise<ChallengeList> {
  return apiGet('/api/my/challenges', challengeListSchema, signal);
}

export function useMyChallenges() {
  return useQuery(
    queryOptions({ queryKey: challengeKeys.mine(), queryFn: ({ signal }) => getMyChallenges(signal) }),
  );
}
