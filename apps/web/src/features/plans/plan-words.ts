import { formatMonth, type PlanState, type PlanSummary, type ReportingCadence } from '@ragboard/shared';

export const PLAN_STATE_WORDS: Record<PlanState, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
  archived: 'Archived',
};

export const CADENCE_WORDS: Record<ReportingCadence, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

/** "January 2023 to December 2024" */
export function planPeriod(plan: Pick<PlanSummary, 'periodStart' | 'periodEnd'>): string {
  return `${formatMonth(plan.periodStart)} to ${formatMonth(plan.periodEnd)}`;
}
