import {
  type CreateStatusUpdateBody,
  type StatusUpdateReply,
  statusUpdateReplySchema,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api-client';
import { actionKeys } from './action-keys';
import { invalidatePlan } from './invalidate-plan';

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
      // The action as the reply has it; what else the update changes (its history, its plan's tree,
      // counts and round, the person's own lists) is fetched again. Other plans are untouched.
      const detail = actionKeys.detail(reply.action.id);
      queryClient.setQueryData(detail, reply.action);
      await invalidatePlan(queryClient, reply.action.planId, { fresh: [detail] });
      options.onSuccess?.(reply);
    },
  });
}
