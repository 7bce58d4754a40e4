import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

export async function signOut() {
  await apiSendNoReply('POST', '/api/auth/logout', undefined);
  setCsrfToken(null);
}

export function useSignOut(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
      options.onSuccess?.();
    },
  });
}
