import { type GlossaryTerm, type GlossaryTermBody, glossaryTermSchema } from '@ragboard/shared';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { useAfterPublicationChange } from './use-after-publication-change';

export async function addGlossaryTerm({ planId, body }: { planId: string; body: GlossaryTermBody }) {
  return await apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/glossary`, body, glossaryTermSchema);
}

export function useAddGlossaryTerm(options: { onSuccess?: (term: GlossaryTerm) => void } = {}) {
  const after = useAfterPublicationChange();
  return useMutation({
    mutationFn: addGlossaryTerm,
    onSuccess: async (term) => {
      await after();
      options.onSuccess?.(term);
    },
  });
}
