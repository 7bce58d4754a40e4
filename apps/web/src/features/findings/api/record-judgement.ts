import { type Finding, findingSchema, type RecordFindingJudgementBody } from '@ragboard/shared';
import { apiSend } from '../../../lib/api-client';
import { useFindingWrite } from './use-finding-write';

/** Appends a judgement to the finding's history. */
export async function recordJudgement({
  findingId,
  body,
}: {
  findingId: string;
  body: RecordFindingJudgementBody;
}) {
  return await apiSend(
    'POST',
    `/api/findings/${encodeURIComponent(findingId)}/judgements`,
    body,
    findingSchema,
  );
}

export const useRecordJudgement = (options: { onSuccess?: (finding: Finding) => void } = {}) =>
  useFindingWrite(recordJudgement, options.onSuccess);
