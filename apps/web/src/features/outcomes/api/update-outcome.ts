import { type Outcome, outcomeSchema, type UpdateOutcomeBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the form was filled from, so an edit made meanwhile is refused (409), not lost. */
export async function updateOutcome({
  outcomeId,
  version,
  changes,
}: {
  outcomeId: string;
  version: number;
  changes: UpdateOutcomeBody;
}) {
  const ifMatch = { 'if-match': `"${version}"` };
  return await apiSend('PATCH', `/api/outcomes/${outcomeId}`, changes, outcomeSchema, ifMatch);
}

export function useUpdateOutcome(options: { onSuccess?: (outcome: Outcome) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOutcome,
    onSuccess: async (outcome) => {
      await invalidatePlan(queryClient, outcome.planId);
      options.onSuccess?.(outcome);
    },
  });
}
