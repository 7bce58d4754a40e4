import { type Challenge, challengeSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api-client';
import { challengeKeys } from './challenge-keys';

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
    onSettled: () => queryClient.invalidateQueries({ queryKey: challengeKeys.all }),
    onSuccess: (challenge) => options.onSuccess?.(challenge),
  });
}
