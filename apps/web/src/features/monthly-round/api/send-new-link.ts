import { leadReminderReplySchema, type Month } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';
import { leadPath } from './get-reminder-preview';

/** Emails one lead a new personal link for the month; the links sent before stop working. */
export function useSendNewLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, month, personId }: { planId: string; month: Month; personId: string }) =>
      await apiSend(
        'POST',
        `${leadPath(planId, month, personId)}/new-link`,
        undefined,
        leadReminderReplySchema,
      ),
    onSuccess: (_reply, { planId }) => invalidatePlan(queryClient, planId),
  });
}
