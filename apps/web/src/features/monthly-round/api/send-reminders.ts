import { type Month, type RemindersReply, remindersReplySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Emails every lead with updates still missing for the period (kept unsent without a mail server). */
export async function sendReminders({
  planId,
  month,
}: {
  planId: string;
  month: Month;
}): Promise<RemindersReply> {
  return await apiSend(
    'POST',
    `/api/plans/${encodeURIComponent(planId)}/periods/${month}/reminders`,
    undefined,
    remindersReplySchema,
  );
}

export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendReminders,
    onSuccess: (_reply, { planId }) => invalidatePlan(queryClient, planId),
  });
}
