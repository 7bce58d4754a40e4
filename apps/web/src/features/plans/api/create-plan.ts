import { type CreatePlanBody, type Plan, planSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { planKeys } from '../../../lib/queries/plan-keys';

export async function createPlan(body: CreatePlanBody): Promise<Plan> {
  return await apiSend('POST', '/api/plans', body, planSchema);
}

export function useCreatePlan(options: { onSuccess?: (plan: Plan) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      options.onSuccess?.(plan);
    },
  });
}
