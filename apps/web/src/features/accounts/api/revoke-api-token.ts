import { type ApiToken, apiTokenSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { apiTokenKeys } from './api-token-keys';

export async function revokeApiToken(token: ApiToken): Promise<ApiToken> {
  return await apiSend('POST', `/api/api-tokens/${encodeURIComponent(token.id)}/revoke`, {}, apiTokenSchema);
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
