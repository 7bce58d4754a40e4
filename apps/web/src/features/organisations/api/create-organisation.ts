import { type CreateOrganisationBody, type Organisation, organisationSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { organisationKeys } from '../../../lib/queries/organisation-keys';

export async function createOrganisation(body: CreateOrganisationBody): Promise<Organisation> {
  return await apiSend('POST', '/api/organisations', body, organisationSchema);
}

export function useCreateOrganisation(options: { onSuccess?: (organisation: Organisation) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: async (organisation) => {
      await queryClient.invalidateQueries({ queryKey: organisationKeys.all });
      options.onSuccess?.(organisation);
    },
  });
}
