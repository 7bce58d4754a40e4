import { type CreateUserBody, type User, userSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { accountKeys } from './keys';

export async function createAccount(body: CreateUserBody): Promise<User> {
  return await apiSend('POST', '/api/users', body, userSchema);
}

export function useCreateAccount(options: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.all });
      options.onSuccess?.(user);
    },
  });
}
