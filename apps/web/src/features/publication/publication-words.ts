import type { PublicSummary } from '@ragboard/shared';
import { publicSummaryPath } from '../../lib/paths';

export type SummaryState = 'published' | 'changed' | 'waiting' | 'not-written';

/** Where an item's summary stands on its way to the public page, in words with a tag colour. */
export const SUMMARY_STATES: Record<SummaryState, { label: string; tagClass: string }> = {
  published: { label: 'Published', tagClass: 'govuk-tag--green' },
  changed: { label: 'Changed since approval', tagClass: 'govuk-tag--yellow' },
  waiting: { label: 'Waiting for approval', tagClass: 'govuk-tag--blue' },
  'not-written': { label: 'Not written', tagClass: 'govuk-tag--grey' },
};

export function summaryState(summary: PublicSummary): SummaryState {
  if (summary.published) return summary.changedSinceApproval ? 'changed' : 'published';
  return summary.said || summary.happened ? 'waiting' : 'not-written';
}

/** The page that shows and edits an item's summary. */
export function summaryPagePath(summary: Pick<PublicSummary, 'kind' | 'itemId'>): string {
  return publicSummaryPath(summary.kind, summary.itemId);
}

/** "Action 1.2.3", "KPI 3.4" */
export function itemName(summary: Pick<PublicSummary, 'kind' | 'ref'>): string {
  return `${summary.kind === 'action' ? 'Action' : 'KPI'} ${summary.ref}`;
}
