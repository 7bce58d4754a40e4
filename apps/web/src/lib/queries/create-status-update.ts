import {
  type CreateStatusUpdateBody,
  type StatusUpdateReply,
  statusUpdateReplySchema,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api-client';
import { actionKeys } from './action-keys';
import { planKeys } from './plan-keys';
import { roundKeys } from './round-keys';

interface Variables {
  actionId: string;
  /** The version the lead saw: a change made meanwhile is refused with 409, never overwritten. */
  version: number;
  body: CreateStatusUpdateBody;
}

export async function createStatusUpdate({ actionId, version, body }: Variables): Promise<StatusUpdateReply> {
  return await apiSend(
    'POST',
    `/api/actions/${encodeURIComponent(actionId)}/updates`,
    body,
    statusUpdateReplySchema,
    { 'if-match': `"${version}"` },
  );
}

export function useCreateStatusUpdate(options: { onSuccess?: (reply: StatusUpdateReply) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStatusUpdate,
    onSuccess: async (reply) => {
      queryClient.setQueryData(actionKeys.detail(reply.action.id), reply.action);
      // What an update changes: this action and its history, its plan's tree, counts and round,
      // and the person's own lists. Other plans are untouched.
      const { planId } = reply.action;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: actionKeys.detail(reply.action.id) }),
        queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: roundKeys.plan(planId) }),
        queryClient.invalidateQueries({ queryKey: roundKeys.myActions() }),
        queryClient.invalidateQueries({ queryKey: roundKeys.myUpdateSheet() }),
      ]);
      options.onSuccess?.(reply);
    },
  });
}
