import { type CreateFindingBody, type Finding, findingSchema } from '@ragboard/shared';
import { apiSend } from '../../../lib/api-client';
import { useFindingWrite } from './use-finding-write';

export async function createFinding({ planId, body }: { planId: string; body: CreateFindingBody }) {
  return await apiSend('POST', `/api/plans/${encodeURIComponent(planId)}/findings`, body, findingSchema);
}

export const useCreateFinding = (options: { onSuccess?: (finding: Finding) => void } = {}) =>
  useFindingWrite(createFinding, options.onSuccess);
