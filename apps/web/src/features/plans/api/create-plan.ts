import { type CreatePlanBody, type Plan, planSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function createPlan(body: CreatePlanBody): Promise<Plan> {
  return await apiSend('POST', '/api/plans', body, planSchema);
}

export function useCreatePlan(options: { onSuccess?: (plan: Plan) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: async (plan) => {
      await invalidatePlan(queryClient, plan.id);
      options.onSuccess?.(plan);
    },
  });
}
