import { type Plan, planSchema, type UpdatePlanBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the user saw, so a change made meanwhile by someone else is refused, not lost. */
export async function updatePlan({
  plan,
  changes,
}: {
  plan: { id: string; version: number };
  changes: UpdatePlanBody;
}): Promise<Plan> {
  return await apiSend('PATCH', `/api/plans/${plan.id}`, changes, planSchema, {
    'if-match': `"${plan.version}"`,
  });
}

export function useUpdatePlan(options: { onSuccess?: (plan: Plan) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlan,
    onSuccess: async (plan) => {
      await invalidatePlan(queryClient, plan.id);
      options.onSuccess?.(plan);
    },
  });
}
