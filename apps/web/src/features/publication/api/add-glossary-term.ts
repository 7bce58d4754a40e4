import { type GlossaryTerm, type GlossaryTermBody, glossaryTermSchema } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

export async function addGlossaryTerm({ planId, body }: { planId: string; body: GlossaryTermBody }) {
  return await apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/glossary`, body, glossaryTermSchema);
}

export function useAddGlossaryTerm(options: { onSuccess?: (term: GlossaryTerm) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addGlossaryTerm,
    onSuccess: async (term, { planId }) => {
      await invalidatePlan(queryClient, planId);
      options.onSuccess?.(term);
    },
  });
}
