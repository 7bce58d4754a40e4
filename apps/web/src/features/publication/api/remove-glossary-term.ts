import type { GlossaryTerm } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Removes the term as the manager saw it: a term changed meanwhile is refused, not lost. */
export async function removeGlossaryTerm(term: GlossaryTerm): Promise<void> {
  await apiSendNoReply('DELETE', `/api/glossary/${encodeURIComponent(term.id)}`, undefined, {
    'if-match': `"${term.version}"`,
  });
}

/** Removes a term of `planId`'s glossary. */
export function useRemoveGlossaryTerm(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeGlossaryTerm,
    onSuccess: () => invalidatePlan(queryClient, planId),
  });
}
