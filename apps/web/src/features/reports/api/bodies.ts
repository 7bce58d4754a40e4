import {
  type CreateMeetingBody,
  type CreateReportingBodyBody,
  reportingBodyListSchema,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { bodyKeys } from '../../../lib/queries/get-bodies';

/** A body the plan reports to; the reply is the plan's bodies as they now are. */
export function useCreateBody(planId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportingBodyBody) =>
      apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/bodies`, body, reportingBodyListSchema),
    onSuccess: (bodies) => {
      queryClient.setQueryData(bodyKeys.forPlan(planId), bodies);
      options.onSuccess?.();
    },
  });
}

export function useCreateMeeting(planId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bodyId, meeting }: { bodyId: string; meeting: CreateMeetingBody }) =>
      apiSend('POST', `/api/bodies/${encodeURIComponent(bodyId)}/meetings`, meeting, reportingBodyListSchema),
    onSuccess: (bodies) => {
      queryClient.setQueryData(bodyKeys.forPlan(planId), bodies);
      options.onSuccess?.();
    },
  });
}
