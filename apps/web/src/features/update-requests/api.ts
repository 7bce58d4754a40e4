import {
  type StatusUpdateBatchReply,
  type StatusUpdateEntry,
  statusUpdateBatchReplySchema,
  UPDATE_REQUEST_HEADER,
  type UpdateRequestSheet,
  updateRequestSheetSchema,
} from '@ragboard/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../lib/api-client';

/** The key travels in a header, never in an API URL, so no log or proxy records it. */
const withLink = (token: string) => ({ [UPDATE_REQUEST_HEADER]: token });

export const updateRequestKeys = {
  sheet: (token: string) => ['update-request', token] as const,
};

/** The actions the link's lead has due in its period; a 401 says why the link does not work. */
export function getUpdateRequestSheet(token: string, signal?: AbortSignal): Promise<UpdateRequestSheet> {
  return apiGet('/api/update-request', updateRequestSheetSchema, signal, withLink(token));
}

export function updateRequestSheetQueryOptions(token: string) {
  return queryOptions({
    queryKey: updateRequestKeys.sheet(token),
    queryFn: ({ signal }) => getUpdateRequestSheet(token, signal),
    // A refused link stays refused: asked for before the page showed (decision 043), not again on showing it.
    retry: false,
    retryOnMount: false,
  });
}

export async function saveUpdateRequestUpdates(
  token: string,
  updates: StatusUpdateEntry[],
): Promise<StatusUpdateBatchReply> {
  return await apiSend(
    'POST',
    '/api/update-request/updates',
    { updates },
    statusUpdateBatchReplySchema,
    withLink(token),
  );
}
