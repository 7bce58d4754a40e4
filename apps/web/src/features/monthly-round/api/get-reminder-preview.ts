import { type Month, reminderPreviewSchema } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { roundKeys } from '../../../lib/queries/round-keys';

export const leadPath = (planId: string, month: Month, personId: string) =>
  `/api/plans/${encodeURIComponent(planId)}/periods/${month}/leads/${encodeURIComponent(personId)}`;

/** The reminder "Remind now" would email one lead, written out but not sent (null: none asked for). */
export function useReminderPreview(planId: string, month: Month, personId: string | null) {
  return useQuery({
    queryKey: roundKeys.reminderPreview(planId, month, personId ?? ''),
    queryFn: ({ signal }) =>
      apiGet(`${leadPath(planId, month, personId ?? '')}/reminder`, reminderPreviewSchema, signal),
    enabled: personId !== null,
    // Always read afresh: what is missing changes as leads give their updates.
    staleTime: 0,
    gcTime: 0,
  });
}
