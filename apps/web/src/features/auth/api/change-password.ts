import { type ChangePasswordBody, sessionReplySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiSend, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

/** A new password ends every session; the reply is this browser's fresh one. */
export async function changePassword(body: ChangePasswordBody) {
  const session = await apiSend('POST', '/api/auth/password', body, sessionReplySchema);
  setCsrfToken(session.csrfToken);
  return session;
}

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
