import { type UpdateUserBody, type User, userSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the user saw, so a change made meanwhile by someone else is refused, not lost. */
export async function updateAccount({
  user,
  changes,
}: {
  user: User;
  changes: UpdateUserBody;
}): Promise<User> {
  return await apiSend('PATCH', `/api/users/${user.id}`, changes, userSchema, {
    'if-match': `"${user.version}"`,
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    // A name shows in every history: every plan, as the API drops every cached reply when an account changes.
    onSettled: () => invalidatePlan(queryClient, null),
  });
}
