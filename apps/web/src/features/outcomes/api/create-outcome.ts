import { type CreateOutcomeBody, type Outcome, outcomeSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function createOutcome({ priorityId, body }: { priorityId: string; body: CreateOutcomeBody }) {
  return await apiSend('POST', `/api/priorities/${priorityId}/outcomes`, body, outcomeSchema);
}

export function useCreateOutcome(options: { onSuccess?: (outcome: Outcome) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOutcome,
    onSuccess: async (outcome) => {
      await invalidatePlan(queryClient, outcome.planId);
      options.onSuccess?.(outcome);
    },
  });
}
