import {
  type Action,
  actionSchema,
  type CreateStatusUpdateBody,
  type StatusUpdate,
  statusUpdateSchema,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api-client';
import { actionKeys } from './action-keys';
import { planKeys } from './plan-keys';
import { roundKeys } from './round-keys';

export interface StatusUpdateReply {
  update: StatusUpdate;
  action: Action;
}

/** The API's 201 reply: the new update and the action as it now stands, each by its shared schema. */
const statusUpdateReplySchema = {
  parse(data: unknown): StatusUpdateReply {
    const reply = (data ?? {}) as Record<string, unknown>;
    return { update: statusUpdateSchema.parse(reply.update), action: actionSchema.parse(reply.action) };
  },
};

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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: actionKeys.detail(reply.action.id) }),
        queryClient.invalidateQueries({ queryKey: roundKeys.all }),
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
      ]);
      options.onSuccess?.(reply);
    },
  });
}
