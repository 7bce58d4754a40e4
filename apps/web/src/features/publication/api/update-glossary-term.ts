import { type GlossaryTerm, glossaryTermSchema, type UpdateGlossaryTermBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

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

/** Changes a term of `planId`'s glossary. */
export function useUpdateGlossaryTerm(
  planId: string,
  options: { onSuccess?: (term: GlossaryTerm) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateGlossaryTerm,
    onSuccess: async (term) => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.(term);
    },
  });
}
