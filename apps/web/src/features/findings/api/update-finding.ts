import { type Finding, findingSchema, type UpdateFindingBody } from '@ragboard/shared';
import { apiSend } from '../../../lib/api-client';
import { useFindingWrite } from './use-finding-write';

/** Sends the version the manager saw, so a change made meanwhile is refused (409), not lost. */
export async function updateFinding({ finding, changes }: { finding: Finding; changes: UpdateFindingBody }) {
  return await apiSend('PATCH', `/api/findings/${encodeURIComponent(finding.id)}`, changes, findingSchema, {
    'if-match': `"${finding.version}"`,
  });
}

export const useUpdateFinding = (options: { onSuccess?: (finding: Finding) => void } = {}) =>
  useFindingWrite(updateFinding, options.onSuccess);
