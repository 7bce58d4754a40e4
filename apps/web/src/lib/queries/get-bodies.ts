import { type Meeting, type ReportingBody, reportingBodyListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';

export const bodyKeys = {
  all: ['bodies'] as const,
  forPlan: (planId: string) => [...bodyKeys.all, planId] as const,
};

export function bodiesQueryOptions(planId: string) {
  return queryOptions({
    queryKey: bodyKeys.forPlan(planId),
    queryFn: ({ signal }) =>
      apiGet(`/api/plans/${encodeURIComponent(planId)}/bodies`, reportingBodyListSchema, signal),
  });
}

/** The bodies the plan reports to, each with its meetings and their packs. */
export function useBodies(planId: string) {
  return useQuery(bodiesQueryOptions(planId));
}

/** The first meeting on or after `today` ("YYYY-MM-DD") of any body, with its body. */
export function nextMeeting(
  bodies: readonly ReportingBody[],
  today: string,
): { body: ReportingBody; meeting: Meeting } | null {
  const upcoming = bodies
    .flatMap((body) => body.meetings.map((meeting) => ({ body, meeting })))
    .filter(({ meeting }) => meeting.meetsOn >= today)
    .sort((a, b) => a.meeting.meetsOn.localeCompare(b.meeting.meetsOn));
  return upcoming[0] ?? null;
}
