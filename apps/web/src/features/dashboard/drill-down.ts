import type { Status } from '@ragboard/shared';
import { type PlanPageQuery, paths } from '../../lib/paths';

/**
 * The plan page's filters a dashboard number stands for (see src/lib/plan-filters.ts), with the
 * month the number is for: the plan page reads its actions then.
 */
export type DrillDown = PlanPageQuery;

/** The plan page listing the actions behind a number; the plan tree loads only there. */
export function planActionsHref(planId: string, drillDown: DrillDown = {}): string {
  return paths.plan(planId, drillDown);
}

/** "1 Red action", "12 actions": what a count link says after its number. */
export function actionsWord(count: number, status?: Status): string {
  return `${status ? `${status} ` : ''}${count === 1 ? 'action' : 'actions'}`;
}

/** The API's name for the leads with no organisation: the plan page cannot filter by it. */
export const NO_ORGANISATION = 'No organisation recorded';
