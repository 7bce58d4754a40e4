import { type ClosePlanBody, type PlanClosedReply, planClosedReplySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

interface Variables {
  planId: string;
  /** The version the manager saw: a change made meanwhile is refused with 409. */
  version: number;
  body: ClosePlanBody;
}

/** Closes the plan: its summary of progress is frozen as a published report, the plan turns read-only. */
export async function closePlan({ planId, version, body }: Variables): Promise<PlanClosedReply> {
  return await apiSend(
    'POST',
    `/api/plans/${encodeURIComponent(planId)}/close`,
    body,
    planClosedReplySchema,
    {
      'if-match': `"${version}"`,
    },
  );
}

export function useClosePlan(options: { onSuccess?: (reply: PlanClosedReply) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closePlan,
    onSuccess: async (reply, { planId }) => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.(reply);
    },
  });
}
