import type { ChangePasswordBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';
import { startSession } from './start-session';

/** A new password ends every session; the reply is this browser's fresh one. */
export const changePassword = (body: ChangePasswordBody) => startSession('/api/auth/password', body);

export function useChangePassword(options: { onSuccess?: () => void; onSignedOut?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (session) => {
      queryClient.setQueryData(authKeys.session(), session);
      options.onSuccess?.();
    },
    onError: (error) => {
      // Too many wrong current passwords end the session asking (429), as an expired one (401).
      // The sign-in page forgets the session once it is shown, so it can say why.
      if (error instanceof ApiError && (error.status === 429 || error.status === 401)) {
        options.onSignedOut?.();
      }
    },
  });
}
