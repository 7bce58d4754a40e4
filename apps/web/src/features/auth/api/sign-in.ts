import type { LoginBody, SessionReply } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../../../lib/queries/auth-keys';
import { startSession } from './start-session';

export const signIn = (body: LoginBody) => startSession('/api/auth/login', body);

export function useSignIn(options: { onSuccess?: (session: SessionReply) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // Whatever was cached belonged to whoever was signed in before.
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), session);
      options.onSuccess?.(session);
    },
  });
}
