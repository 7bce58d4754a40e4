import { apiTokenListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { apiTokenKeys } from './api-token-keys';

export function getApiTokens(signal?: AbortSignal) {
  return apiGet('/api/api-tokens', apiTokenListSchema, signal);
}

export function apiTokensQueryOptions() {
  return queryOptions({ queryKey: apiTokenKeys.lists(), queryFn: ({ signal }) => getApiTokens(signal) });
}

export function useApiTokens() {
  return useQuery(apiTokensQueryOptions());
}
