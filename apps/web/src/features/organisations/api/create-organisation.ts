import { type CreateOrganisationBody, type Organisation, organisationSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function createOrganisation(body: CreateOrganisationBody): Promise<Organisation> {
  return await apiSend('POST', '/api/organisations', body, organisationSchema);
}

export function useCreateOrganisation(options: { onSuccess?: (organisation: Organisation) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: async (organisation) => {
      // Organisations show beside every lead's name: every plan, as the API announces it.
      await invalidatePlan(queryClient, null);
      options.onSuccess?.(organisation);
    },
  });
}
