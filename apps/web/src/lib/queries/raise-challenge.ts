import { type Challenge, type CreateChallengeBody, challengeSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api-client';
import { invalidatePlan, planOfAction } from './invalidate-plan';

export async function raiseChallenge({ actionId, body }: { actionId: string; body: CreateChallengeBody }) {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(actionId)}/challenges`,
    body,
    challengeSchema,
  );
}

/** Raises a challenge; every list of challenges reloads, and the action too if its status had moved on. */
export function useRaiseChallenge(options: { onSuccess?: (challenge: Challenge) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseChallenge,
    onSuccess: async (challenge) => {
      await invalidatePlan(queryClient, challenge.planId);
      options.onSuccess?.(challenge);
    },
    onError: (_error, { actionId }) => invalidatePlan(queryClient, planOfAction(queryClient, actionId)),
  });
}
