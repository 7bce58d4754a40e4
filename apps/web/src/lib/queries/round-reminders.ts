import {
  type Month,
  type ReminderSchedule,
  type RoundReminders,
  reminderScheduleSchema,
  revokeUpdateRequestsReplySchema,
  roundRemindersSchema,
  type UpdateReminderScheduleBody,
} from '@ragboard/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../api-client';
import { invalidatePlan } from './invalidate-plan';
import { roundKeys } from './round-keys';

const periodPath = (planId: string, month: Month) =>
  `/api/plans/${encodeURIComponent(planId)}/periods/${month}`;

/** What the schedule sends when, who can be reached, and how many links are live. */
export function useRoundReminders(planId: string, month: Month) {
  return useQuery({
    queryKey: roundKeys.reminders(planId, month),
    queryFn: ({ signal }): Promise<RoundReminders> =>
      apiGet(`${periodPath(planId, month)}/reminders`, roundRemindersSchema, signal),
  });
}

interface SaveSchedule {
  planId: string;
  /** The version the manager saw: someone else's change meanwhile is refused with 409. */
  version: number;
  body: UpdateReminderScheduleBody;
}

export function useSaveReminderSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, version, body }: SaveSchedule): Promise<ReminderSchedule> =>
      await apiSend(
        'PUT',
        `/api/plans/${encodeURIComponent(planId)}/reminder-schedule`,
        body,
        reminderScheduleSchema,
        { 'if-match': `"${version}"` },
      ),
    onSuccess: (_schedule, { planId }) => invalidatePlan(queryClient, planId),
  });
}

/** Withdraws the period's personal links: one lead's, or (without a person) everyone's. */
export function useRevokeUpdateRequests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, month, personId }: { planId: string; month: Month; personId?: string }) =>
      await apiSend(
        'POST',
        `${periodPath(planId, month)}/update-requests/revoke`,
        personId ? { personId } : {},
        revokeUpdateRequestsReplySchema,
      ),
    onSuccess: (_reply, { planId }) => invalidatePlan(queryClient, planId),
  });
}
