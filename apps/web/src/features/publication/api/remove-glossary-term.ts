import type { GlossaryTerm } from '@ragboard/shared';
import { useMutation } from '@tanstack/react-query';
import { apiSendNoReply } from '../../../lib/api-client';
import { useAfterPublicationChange } from './use-after-publication-change';

/** Removes the term as the manager saw it: a term changed meanwhile is refused, not lost. */
export async function removeGlossaryTerm(term: GlossaryTerm): Promise<void> {
  await apiSendNoReply('DELETE', `/api/glossary/${encodeURIComponent(term.id)}`, undefined, {
    'if-match': `"${term.version}"`,
  });
}

export function useRemoveGlossaryTerm() {
  const after = useAfterPublicationChange();
  return useMutation({ mutationFn: removeGlossaryTerm, onSuccess: after });
}
