import { attachmentListSchema, attachmentRemovedSchema, attachmentSchema } from '@ragboard/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { actionKeys } from '../../../lib/queries/action-keys';
import { invalidatePlan, planOfAction } from '../../../lib/queries/invalidate-plan';

/** The evidence attached to the action's updates. */
export function useActionAttachments(actionId: string) {
  return useQuery(
    queryOptions({
      queryKey: actionKeys.attachments(actionId),
      queryFn: ({ signal }) =>
        apiGet(`/api/actions/${encodeURIComponent(actionId)}/attachments`, attachmentListSchema, signal),
    }),
  );
}

/** A file attached to one update, sent as multipart and stored as it arrives. */
export function useAttachFile(actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ updateId, file }: { updateId: string; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      return apiSend(
        'POST',
        `/api/actions/${encodeURIComponent(actionId)}/updates/${encodeURIComponent(updateId)}/attachments`,
        form,
        attachmentSchema,
      );
    },
    onSuccess: () => invalidatePlan(queryClient, planOfAction(queryClient, actionId)),
  });
}

/** The manager puts a file on the public page (while the action's summary is published) or takes it off. */
export function useSetFilePublic(actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attachmentId, on }: { attachmentId: string; on: boolean }) =>
      apiSend(
        on ? 'PUT' : 'DELETE',
        `/api/attachments/${encodeURIComponent(attachmentId)}/public`,
        undefined,
        attachmentSchema,
      ),
    onSuccess: () => invalidatePlan(queryClient, planOfAction(queryClient, actionId)),
  });
}

/** A file attached by mistake is removed, with the reason everyone reading the action will see. */
export function useRemoveFile(actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attachmentId, reason }: { attachmentId: string; reason: string }) =>
      apiSend(
        'DELETE',
        `/api/attachments/${encodeURIComponent(attachmentId)}`,
        { reason },
        attachmentRemovedSchema,
      ),
    onSuccess: () => invalidatePlan(queryClient, planOfAction(queryClient, actionId)),
  });
}
