import { type LoginBody, sessionReplySchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

export async function signIn(body: LoginBody) {
  const session = await apiSend('POST', '/api/auth/login', body, sessionReplySchema);
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // Whatever was cached belonged to whoever was signed in before.
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), session);
      options.onSuccess?.();
    },
  });
}
