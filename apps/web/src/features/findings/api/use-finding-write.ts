import type { Finding } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** A write to a finding: the plan's findings reload, then the caller's `onSuccess` runs. */
export function useFindingWrite<T>(
  write: (input: T) => Promise<Finding>,
  onSuccess?: (finding: Finding) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (finding) => {
      await invalidatePlan(queryClient, finding.planId);
      onSuccess?.(finding);
    },
  });
}
