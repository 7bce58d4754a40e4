import type { ChallengeState } from '@ragboard/shared';

/** Query keys for challenges, broadest first, so one invalidation reaches every list that shows one. */
export const challengeKeys = {
  all: ['challenges'] as const,
  action: (actionId: string) => [...challengeKeys.all, 'action', actionId] as const,
  plan: (planId: string, state?: ChallengeState) => [...challengeKeys.all, 'plan', planId, state] as const,
  mine: () => [...challengeKeys.all, 'mine'] as const,
};
