import {
  type NextPlanStartedReply,
  nextPlanStartedReplySchema,
  type StartNextPlanBody,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

interface Variables {
  planId: string;
  /** The version the manager saw: a change made meanwhile is refused with 409. */
  version: number;
  body: StartNextPlanBody;
}

/** Starts the next plan from an active one: a draft carrying what the manager chose. */
export async function startNextPlan({ planId, version, body }: Variables): Promise<NextPlanStartedReply> {
  return await apiSend(
    'POST',
    `/api/plans/${encodeURIComponent(planId)}/successor`,
    body,
    nextPlanStartedReplySchema,
    { 'if-match': `"${version}"` },
  );
}

export function useStartNextPlan(options: { onSuccess?: (reply: NextPlanStartedReply) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startNextPlan,
    onSuccess: async (reply, { planId }) => {
      // Off to the new plan first: the old plan, refetched with its successor, no longer offers this form.
      options.onSuccess?.(reply);
      await Promise.all([invalidatePlan(queryClient, planId), invalidatePlan(queryClient, reply.plan.id)]);
    },
  });
}
