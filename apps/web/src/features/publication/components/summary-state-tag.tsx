import type { PublicSummary } from '@ragboard/shared';
import { SUMMARY_STATES, summaryState } from '../publication-words';

/** Where a summary stands, as a tag: its words always come with its colour. */
export function SummaryStateTag({ summary }: { summary: PublicSummary }) {
  const state = SUMMARY_STATES[summaryState(summary)];
  return <strong className={`govuk-tag ${state.tagClass}`}>{state.label}</strong>;
}
