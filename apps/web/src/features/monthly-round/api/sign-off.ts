import { type Action, actionSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Signs off the Blue awaiting it, with the signer's note if any: the action becomes Blue. */
export async function signOff({
  actionId,
  note,
}: {
  actionId: string;
  note: string | null;
}): Promise<Action> {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(actionId)}/sign-off`,
    { note },
    actionSchema,
  );
}

/** Takes a sign-off back while its month is open: the Blue awaits sign-off again. */
export async function undoSignOff(action: Pick<Action, 'id' | 'version'>): Promise<Action> {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(action.id)}/sign-off/undo`,
    {},
    actionSchema,
    { 'if-match': `"${action.version}"` },
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

export function useUndoSignOff() {
  const after = useAfterSignOff();
  return useMutation({ mutationFn: undoSignOff, onSuccess: after });
}
