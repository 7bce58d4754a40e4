import { type Month, periodClosePreviewSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { roundKeys } from '../../../lib/queries/round-keys';

/** What closing an open month would end: missing updates, the deadline, live links, reminders to come. */
export function getClosePreview(planId: string, month: Month, signal?: AbortSignal) {
  return apiGet(
    `/api/plans/${encodeURIComponent(planId)}/periods/${month}/close-preview`,
    periodClosePreviewSchema,
    signal,
  );
}

export function closePreviewQueryOptions(planId: string, month: Month) {
  return queryOptions({
    queryKey: roundKeys.closePreview(planId, month),
    queryFn: ({ signal }) => getClosePreview(planId, month, signal),
  });
}

/**
 * Read afresh each time the question is asked, as updates keep coming in; `enabled` is false once
 * the month is being closed, so nothing asks what closing a closed month would end.
 */
export function useClosePreview(planId: string, month: Month, options: { enabled: boolean }) {
  return useQuery({ ...closePreviewQueryOptions(planId, month), staleTime: 0, enabled: options.enabled });
}
