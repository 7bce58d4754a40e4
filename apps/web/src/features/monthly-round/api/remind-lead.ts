import { leadReminderReplySchema, type Month } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { roundKeys } from '../../../lib/queries/round-keys';
import { leadPath } from './get-reminder-preview';

interface RemindLead {
  planId: string;
  month: Month;
  personId: string;
  /** The preview's digest: a reminder that would now read otherwise is refused (409). */
  digest: string;
}

/** Reminds one lead now with the email previewed (kept unsent without a mail server). */
export function useRemindLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, month, personId, digest }: RemindLead) =>
      await apiSend(
        'POST',
        `${leadPath(planId, month, personId)}/reminder`,
        { digest },
        leadReminderReplySchema,
      ),
    // The preview just sent is left as it was: it is closed once sent.
    onSuccess: (_reply, { planId, month, personId }) =>
      invalidatePlan(queryClient, planId, { fresh: [roundKeys.reminderPreview(planId, month, personId)] }),
  });
}
