import { type Publication, publicationSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { publicationKeys } from './keys';

/** The plan's public page settings, its glossary and every item's summary (the manager's). */
export function getPublication(planId: string, signal?: AbortSignal): Promise<Publication> {
  return apiGet(`/api/plans/${encodeURIComponent(planId)}/publication`, publicationSchema, signal);
}

export function publicationQueryOptions(planId: string) {
  return queryOptions({
    queryKey: publicationKeys.plan(planId),
    queryFn: ({ signal }) => getPublication(planId, signal),
  });
}

export function usePublication(planId: string) {
  return useQuery(publicationQueryOptions(planId));
}
