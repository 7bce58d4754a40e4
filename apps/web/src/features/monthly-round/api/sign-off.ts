import { type Action, actionSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Signs off the Blue awaiting it: the action becomes Blue. */
export async function signOff(actionId: string): Promise<Action> {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(actionId)}/sign-off`,
    { note: null },
    actionSchema,
  );
}

/** Refuses the Blue awaiting sign-off, with a reason: the action keeps its status. */
export async function rejectSignOff({
  actionId,
  reason,
}: {
  actionId: string;
  reason: string;
}): Promise<Action> {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(actionId)}/sign-off/reject`,
    { reason },
    actionSchema,
  );
}

function useAfterSignOff() {
  const queryClient = useQueryClient();
  return (action: Action) => invalidatePlan(queryClient, action.planId);
}

export function useSignOff() {
  const after = useAfterSignOff();
  return useMutation({ mutationFn: signOff, onSuccess: after });
}

export function useRejectSignOff() {
  const after = useAfterSignOff();
  return useMutation({ mutationFn: rejectSignOff, onSuccess: after });
}
