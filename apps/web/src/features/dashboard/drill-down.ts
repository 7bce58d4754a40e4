import type { Month, Status } from '@ragboard/shared';

/** The plan page's filters a dashboard number stands for (see src/lib/plan-filters.ts). */
export interface DrillDown {
  /** The month the number is for: the plan page reads its actions then. */
  period?: Month;
  statuses?: readonly Status[];
  priority?: string;
  organisation?: string;
  overdue?: boolean;
}

/** The plan page listing the actions behind a number; the plan tree loads only there. */
export function planActionsHref(planId: string, drillDown: DrillDown = {}): string {
  const params = new URLSearchParams();
  for (const status of drillDown.statuses ?? []) params.append('status', status);
  if (drillDown.priority) params.set('priority', drillDown.priority);
  if (drillDown.organisation) params.set('organisation', drillDown.organisation);
  if (drillDown.overdue) params.set('overdue', 'yes');
  if (drillDown.period) params.set('period', drillDown.period);
  const query = params.toString();
  return `/plans/${encodeURIComponent(planId)}${query ? `?${query}` : ''}`;
}

/** "1 Red action", "12 actions": what a count link says after its number. */
export function actionsWord(count: number, status?: Status): string {
  return `${status ? `${status} ` : ''}${count === 1 ? 'action' : 'actions'}`;
}

/** The API's name for the leads with no organisation: the plan page cannot filter by it. */
export const NO_ORGANISATION = 'No organisation recorded';
