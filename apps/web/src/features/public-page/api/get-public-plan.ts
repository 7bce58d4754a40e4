import { type PublicPlan, publicPlanSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { publicPageKeys } from '../../../lib/queries/public-page-keys';

/** A public plan's progress page: no sign-in, only what the manager approved. */
export function getPublicPlan(slug: string, signal?: AbortSignal): Promise<PublicPlan> {
  return apiGet(`/api/public/plans/${encodeURIComponent(slug)}`, publicPlanSchema, signal);
}

export function publicPlanQueryOptions(slug: string) {
  return queryOptions({
    queryKey: publicPageKeys.detail(slug),
    queryFn: ({ signal }) => getPublicPlan(slug, signal),
  });
}

export function usePublicPlan(slug: string) {
  return useQuery(publicPlanQueryOptions(slug));
}
