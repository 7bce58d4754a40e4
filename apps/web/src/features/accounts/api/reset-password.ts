import { useMutation } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';

/** A new password for someone else's account: its sessions end at once. */
export async function resetPassword({ userId, password }: { userId: string; password: string }) {
  await apiSendNoReply('POST', `/api/users/${userId}/password`, { password });
}

export function useResetPassword(options: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: resetPassword, onSuccess: () => options.onSuccess?.() });
}
