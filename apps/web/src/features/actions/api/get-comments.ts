import { type CommentList, commentListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { commentKeys } from './comment-keys';

/** The action's comments, oldest first, and whether the signed-in user may add one. */
export function getComments(actionId: string, signal?: AbortSignal): Promise<CommentList> {
  return apiGet(`/api/actions/${encodeURIComponent(actionId)}/comments`, commentListSchema, signal);
}

export function commentsQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: commentKeys.action(actionId),
    queryFn: ({ signal }) => getComments(actionId, signal),
  });
}

export function useComments(actionId: string) {
  return useQuery(commentsQueryOptions(actionId));
}
