import type { PlanSummary } from '@ragboard/shared';

/**
 * The plan a person meets first (the dashboard, Reports): the first active plan, or the only plan
 * there is. A closed plan of the chain is read from its own page.
 */
export function choosePlan(plans: readonly PlanSummary[]): PlanSummary | null {
  return plans.find((plan) => plan.state === 'active') ?? (plans.length === 1 ? (plans[0] ?? null) : null);
}
