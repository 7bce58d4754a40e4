import { type GlossaryTerm, glossaryTermSchema, type UpdateGlossaryTermBody } from '@ragboard/shared';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { useAfterPublicationChange } from './use-after-publication-change';

export async function updateGlossaryTerm({
  term,
  changes,
}: {
  term: GlossaryTerm;
  changes: UpdateGlossaryTermBody;
}) {
  return await apiSend('PATCH', `/api/glossary/${encodeURIComponent(term.id)}`, changes, glossaryTermSchema, {
    'if-match': `"${term.version}"`,
  });
}

export function useUpdateGlossaryTerm(options: { onSuccess?: (term: GlossaryTerm) => void } = {}) {
  const after = useAfterPublicationChange();
  return useMutation({
    mutationFn: updateGlossaryTerm,
    onSuccess: async (term) => {
      await after();
      options.onSuccess?.(term);
    },
  });
}
