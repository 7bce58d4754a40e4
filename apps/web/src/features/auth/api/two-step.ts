import {
  type RecoveryCodes,
  recoveryCodesSchema,
  type SessionReply,
  sessionReplySchema,
  type TurnOffTwoStepBody,
  twoStepEnabledSchema,
  twoStepSetupSchema,
  twoStepStatusSchema,
  type VerifyTwoStepBody,
} from '@ragboard/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendNoReply, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

const twoStepKey = () => [...authKeys.all, 'two-step'] as const;

export function useTwoStep() {
  return useQuery(
    queryOptions({
      queryKey: twoStepKey(),
      queryFn: ({ signal }) => apiGet('/api/auth/two-step', twoStepStatusSchema, signal),
    }),
  );
}

/** A session replaced by a complete one: its CSRF token is kept and the session shown everywhere. */
function useSessionReplaced() {
  const queryClient = useQueryClient();
  return (session: SessionReply) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(authKeys.session(), session);
    void queryClient.invalidateQueries({ queryKey: twoStepKey() });
  };
}

export function useStartSetup() {
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/auth/two-step/setup', undefined, twoStepSetupSchema),
  });
}

/**
 * The code that turns it on. The session is replaced only after the recovery codes have been
 * shown (`finish`), so a page guarding the second step does not move on before they are saved.
 */
export function useConfirmSetup() {
  const replaced = useSessionReplaced();
  const mutation = useMutation({
    mutationFn: (code: string) =>
      apiSend('POST', '/api/auth/two-step/setup/confirm', { code }, twoStepEnabledSchema),
    onSuccess: ({ session }) => setCsrfToken(session.csrfToken),
  });
  return { ...mutation, finish: () => mutation.data && replaced(mutation.data.session) };
}

export function useVerifyTwoStep(options: { onSuccess: () => void }) {
  const replaced = useSessionReplaced();
  return useMutation({
    mutationFn: (body: VerifyTwoStepBody) =>
      apiSend('POST', '/api/auth/two-step/verify', body, sessionReplySchema),
    onSuccess: (session) => {
      replaced(session);
      options.onSuccess();
    },
  });
}

export function useNewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation<RecoveryCodes, Error, string>({
    mutationFn: (code) => apiSend('POST', '/api/auth/two-step/recovery-codes', { code }, recoveryCodesSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoStepKey() }),
  });
}

export function useTurnOffTwoStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TurnOffTwoStepBody) => apiSendNoReply('POST', '/api/auth/two-step/turn-off', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoStepKey() }),
  });
}
