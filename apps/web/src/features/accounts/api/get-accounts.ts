import { userListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { accountKeys } from './keys';

export function getAccounts(signal?: AbortSignal) {
  return apiGet('/api/users', userListSchema, signal);
}

export function accountsQueryOptions() {
  return queryOptions({ queryKey: accountKeys.lists(), queryFn: ({ signal }) => getAccounts(signal) });
}

export function useAccounts() {
  return useQuery(accountsQueryOptions());
}
