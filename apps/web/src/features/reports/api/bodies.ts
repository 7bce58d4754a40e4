import {
  type CreateMeetingBody,
  type CreateReportingBodyBody,
  type Meeting,
  type ReportingBody,
  type ReportingBodyList,
  reportingBodyListSchema,
  type UpdateMeetingBody,
  type UpdateReportingBodyBody,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { bodyKeys } from '../../../lib/queries/get-bodies';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** A body the plan reports to; the reply is the plan's bodies as they now are. */
export function useCreateBody(planId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportingBodyBody) =>
      apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/bodies`, body, reportingBodyListSchema),
    onSuccess: async (bodies) => {
      queryClient.setQueryData(bodyKeys.forPlan(planId), bodies);
      await invalidatePlan(queryClient, planId, { fresh: [bodyKeys.forPlan(planId)] });
      options.onSuccess?.();
    },
  });
}

export function useCreateMeeting(planId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bodyId, meeting }: { bodyId: string; meeting: CreateMeetingBody }) =>
      apiSend('POST', `/api/bodies/${encodeURIComponent(bodyId)}/meetings`, meeting, reportingBodyListSchema),
    onSuccess: async (bodies) => {
      queryClient.setQueryData(bodyKeys.forPlan(planId), bodies);
      await invalidatePlan(queryClient, planId, { fresh: [bodyKeys.forPlan(planId)] });
      options.onSuccess?.();
    },
  });
}

/**
 * The plan's bodies as a write left them; on any failure (a 409 above all) they are fetched
 * again, so the page shows what now stands.
 */
function useBodiesWrite<T>(
  planId: string,
  send: (input: T) => Promise<ReportingBodyList>,
  options: { onSuccess?: () => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (bodies) => {
      queryClient.setQueryData(bodyKeys.forPlan(planId), bodies);
      await invalidatePlan(queryClient, planId, { fresh: [bodyKeys.forPlan(planId)] });
      options.onSuccess?.();
    },
    onError: () => invalidatePlan(queryClient, planId),
  });
}

/** Sends the version the manager saw (If-Match): a change made meanwhile is refused (409), never lost. */
export function useUpdateBody(planId: string, options: { onSuccess?: () => void } = {}) {
  return useBodiesWrite(
    planId,
    ({ body, changes }: { body: Pick<ReportingBody, 'id' | 'version'>; changes: UpdateReportingBodyBody }) =>
      apiSend('PATCH', `/api/bodies/${encodeURIComponent(body.id)}`, changes, reportingBodyListSchema, {
        'if-match': `"${body.version}"`,
      }),
    options,
  );
}

export function useRetireBody(planId: string, options: { onSuccess?: () => void } = {}) {
  return useBodiesWrite(
    planId,
    (body: Pick<ReportingBody, 'id' | 'version'>) =>
      apiSend(
        'POST',
        `/api/bodies/${encodeURIComponent(body.id)}/retire`,
        undefined,
        reportingBodyListSchema,
        {
          'if-match': `"${body.version}"`,
        },
      ),
    options,
  );
}

/** Moves a meeting, with the version the manager saw (If-Match). */
export function useMoveMeeting(planId: string, options: { onSuccess?: () => void } = {}) {
  return useBodiesWrite(
    planId,
    ({ meeting, dates }: { meeting: Pick<Meeting, 'id' | 'version'>; dates: UpdateMeetingBody }) =>
      apiSend('PATCH', `/api/meetings/${encodeURIComponent(meeting.id)}`, dates, reportingBodyListSchema, {
        'if-match': `"${meeting.version}"`,
      }),
    options,
  );
}

/** Cancels a meeting; a pack drafted for it stays in the reports. */
export function useCancelMeeting(planId: string, options: { onSuccess?: () => void } = {}) {
  return useBodiesWrite(
    planId,
    (meeting: Pick<Meeting, 'id' | 'version'>) =>
      apiSend(
        'DELETE',
        `/api/meetings/${encodeURIComponent(meeting.id)}`,
        undefined,
        reportingBodyListSchema,
        {
          'if-match': `"${meeting.version}"`,
        },
      ),
    options,
  );
}
