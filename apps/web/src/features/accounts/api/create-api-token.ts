import { type ApiTokenCreated, apiTokenCreatedSchema, type CreateApiTokenBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { apiTokenKeys } from './api-token-keys';

export async function createApiToken(body: CreateApiTokenBody): Promise<ApiTokenCreated> {
  return await apiSend('POST', '/api/api-tokens', body, apiTokenCreatedSchema);
}

export function useCreateApiToken(options: { onSuccess?: (created: ApiTokenCreated) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
      options.onSuccess?.(created);
    },
  });
}
