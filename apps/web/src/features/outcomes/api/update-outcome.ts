import { type Outcome, outcomeSchema, type UpdateOutcomeBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { planKeys } from '../../plans/api/keys';

/** No If-Match: the plan's tree, where the form reads the outcome from, carries no version for it. */
export async function updateOutcome({
  outcomeId,
  changes,
}: {
  outcomeId: string;
  changes: UpdateOutcomeBody;
}) {
  return (await apiSend('PATCH', `/api/outcomes/${outcomeId}`, changes, outcomeSchema))!;
}

export function useUpdateOutcome(options: { onSuccess?: (outcome: Outcome) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOutcome,
    onSuccess: async (outcome) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.(outcome);
    },
  });
}
