import {
  type Attachment,
  attachmentRemovedSchema,
  attachmentSchema,
  type Challenge,
  challengeListSchema,
  challengeSchema,
  leadFileListSchema,
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

export const linkKeys = {
  files: (token: string) => ['update-request', token, 'files'] as const,
  challenges: (token: string) => ['update-request', token, 'challenges'] as const,
};

/** The files the lead attached through their links to this month's updates (decision 051). */
export function linkFilesQueryOptions(token: string) {
  return queryOptions({
    queryKey: linkKeys.files(token),
    queryFn: ({ signal }) => apiGet('/api/update-request/files', leadFileListSchema, signal, withLink(token)),
    retry: false,
  });
}

export function attachLinkFile(token: string, actionId: string, file: File): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file);
  return apiSend(
    'POST',
    `/api/update-request/actions/${encodeURIComponent(actionId)}/attachments`,
    body,
    attachmentSchema,
    withLink(token),
  );
}

export function removeLinkFile(token: string, attachmentId: string, reason: string) {
  return apiSend(
    'DELETE',
    `/api/update-request/attachments/${encodeURIComponent(attachmentId)}`,
    { reason },
    attachmentRemovedSchema,
    withLink(token),
  );
}

/** The open challenges on the lead's actions in the link's plan. */
export function linkChallengesQueryOptions(token: string) {
  return queryOptions({
    queryKey: linkKeys.challenges(token),
    queryFn: ({ signal }) =>
      apiGet('/api/update-request/challenges', challengeListSchema, signal, withLink(token)),
    retry: false,
  });
}

export function answerLinkChallenge(token: string, challenge: Challenge, answer: string): Promise<Challenge> {
  return apiSend(
    'POST',
    `/api/update-request/challenges/${encodeURIComponent(challenge.id)}/answer`,
    { answer },
    challengeSchema,
    { ...withLink(token), 'if-match': `"${challenge.version}"` },
  );
}
