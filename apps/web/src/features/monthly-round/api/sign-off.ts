import { type Action, actionSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { planKeys } from '../../../lib/queries/plan-keys';
import { roundKeys } from '../../../lib/queries/round-keys';

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
  return (action: Action) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: actionKeys.detail(action.id) }),
      queryClient.invalidateQueries({ queryKey: roundKeys.all }),
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
    ]);
}

export function useSignOff() {
  const after = useAfterSignOff();
  return useMutation({ mutationFn: signOff, onSuccess: after });
}

export function useRejectSignOff() {
  const after = useAfterSignOff();
  return useMutation({ mutationFn: rejectSignOff, onSuccess: after });
}
