import {
  type PublicationSettings,
  publicationSettingsSchema,
  type UpdatePublicationBody,
} from '@ragboard/shared';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { useAfterPublicationChange } from './use-after-publication-change';

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
  const after = useAfterPublicationChange();
  return useMutation({
    mutationFn: updatePublication,
    onSuccess: async (settings) => {
      await after();
      options.onSuccess?.(settings);
    },
  });
}
