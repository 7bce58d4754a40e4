import { siteSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';

/** About this installation (is it the demo?): asked once per visit, for every page. */
export function siteQueryOptions() {
  return queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => apiGet('/api/site', siteSchema, signal),
    staleTime: 5 * 60_000,
  });
}

export function useSite() {
  return useQuery(siteQueryOptions());
}
