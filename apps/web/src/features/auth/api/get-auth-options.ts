import { type AuthOptions, authOptionsSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

/** Without an answer, the password form: it is how every installation could sign in before. */
export const PASSWORD_ONLY: AuthOptions = { password: true, oidc: null };

export function getAuthOptions(signal?: AbortSignal) {
  return apiGet('/api/auth/options', authOptionsSchema, signal);
}

export function authOptionsQueryOptions() {
  return queryOptions({
    queryKey: authKeys.options(),
    queryFn: ({ signal }) => getAuthOptions(signal),
    staleTime: 5 * 60_000,
  });
}

/** How people sign in here: the password form, the organisation's account, or both. */
export function useAuthOptions() {
  return useQuery(authOptionsQueryOptions());
}
