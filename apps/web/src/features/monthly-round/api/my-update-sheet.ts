import {
  type StatusUpdateBatchReply,
  type StatusUpdateEntry,
  statusUpdateBatchReplySchema,
  type UpdateSheet,
  updateSheetSchema,
} from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { roundKeys } from '../../../lib/queries/round-keys';

/** Everything the signed-in person has due an update, per plan: the whole month on one page. */
export function getMyUpdateSheet(signal?: AbortSignal): Promise<UpdateSheet> {
  return apiGet('/api/my/update-sheet', updateSheetSchema, signal);
}

export function myUpdateSheetQueryOptions() {
  return queryOptions({
    queryKey: roundKeys.myUpdateSheet(),
    queryFn: ({ signal }) => getMyUpdateSheet(signal),
  });
}

export function useMyUpdateSheet() {
  return useQuery(myUpdateSheetQueryOptions());
}

/** Several updates in one transaction: all saved, or none. */
export async function saveMyUpdates(updates: StatusUpdateEntry[]): Promise<StatusUpdateBatchReply> {
  return await apiSend('POST', '/api/my/updates', { updates }, statusUpdateBatchReplySchema);
}
