import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

export async function signOut() {
  await apiSend('POST', '/api/auth/logout', undefined, null);
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
