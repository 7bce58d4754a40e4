import { type Challenge, challengeSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api-client';
import { invalidatePlan } from './invalidate-plan';

/** Sends the version the lead saw, so an answer given meanwhile by someone else is not overwritten. */
export async function answerChallenge({ challenge, answer }: { challenge: Challenge; answer: string }) {
  return await apiSend(
    'POST',
    `/api/challenges/${encodeURIComponent(challenge.id)}/answer`,
    { answer },
    challengeSchema,
    { 'if-match': `"${challenge.version}"` },
  );
}

export function useAnswerChallenge(options: { onSuccess?: (challenge: Challenge) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerChallenge,
    // Refused or not, the challenge as it now stands is shown.
    onSettled: (_reply, _error, { challenge }) => invalidatePlan(queryClient, challenge.planId),
    onSuccess: (challenge) => options.onSuccess?.(challenge),
  });
}
