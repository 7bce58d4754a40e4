import { organisationListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { organisationKeys } from './organisation-keys';

export function getOrganisations(signal?: AbortSignal) {
  return apiGet('/api/organisations', organisationListSchema, signal);
}

export function organisationsQueryOptions() {
  return queryOptions({
    queryKey: organisationKeys.lists(),
    queryFn: ({ signal }) => getOrganisations(signal),
  });
}

export function useOrganisations() {
  return useQuery(organisationsQueryOptions());
}
