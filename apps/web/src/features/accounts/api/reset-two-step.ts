import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { accountKeys } from './keys';

/** Someone's second factor gone (a lost phone): their sessions end; they set it up again. */
export async function resetTwoStep(userId: string) {
  await apiSendNoReply('DELETE', `/api/users/${userId}/two-step`, undefined);
}

export function useResetTwoStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetTwoStep,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
