import {
  type PublicationSettings,
  publicationSettingsSchema,
  type UpdatePublicationBody,
} from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the manager saw ("0" before the first save), so a change made meanwhile is not lost. */
export async function updatePublication({
  settings,
  changes,
}: {
  settings: PublicationSettings;
  changes: UpdatePublicationBody;
}): Promise<PublicationSettings> {
  return await apiSend(
    'PATCH',
    `/api/plans/${encodeURIComponent(settings.planId)}/publication`,
    changes,
    publicationSettingsSchema,
    { 'if-match': `"${settings.version}"` },
  );
}

export function useUpdatePublication(options: { onSuccess?: (settings: PublicationSettings) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePublication,
    onSuccess: async (settings) => {
      await invalidatePlan(queryClient, settings.planId);
      options.onSuccess?.(settings);
    },
  });
}
