import { type SessionReply, sessionReplySchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiGet, setCsrfToken } from '../api-client';
import { authKeys } from './auth-keys';

/** The signed-in user, or null when nobody is signed in. */
export async function getSession(signal?: AbortSignal): Promise<SessionReply | null> {
  try {
    const session = await apiGet('/api/auth/me', sessionReplySchema, signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 60_000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
