import {
  type PasswordResetBody,
  passwordResetCheckReplySchema,
  passwordResetRequestReplySchema,
} from '@ragboard/shared';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiSend, apiSendNoReply } from '../../../lib/api-client';

/** Asks for a reset link: the same reply whether or not an account has the address. */
export const requestPasswordReset = (email: string) =>
  apiSend('POST', '/api/auth/password-reset', { email }, passwordResetRequestReplySchema);

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

/** Whether a reset link still works, and whose password it sets. A POST: the token stays out of URLs the server logs. */
export function passwordResetLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['password-reset', token],
    queryFn: () =>
      apiSend('POST', '/api/auth/password-reset/check', { token }, passwordResetCheckReplySchema),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePasswordResetLink(token: string) {
  return useQuery(passwordResetLinkQueryOptions(token));
}

/** Sets the new password with the link: it is then used up, and every session of the account ends. */
export const resetPassword = (body: PasswordResetBody) =>
  apiSendNoReply('POST', '/api/auth/password-reset/new-password', body);

export function useResetPassword(options: { onSuccess: () => void }) {
  return useMutation({ mutationFn: resetPassword, onSuccess: options.onSuccess });
}
