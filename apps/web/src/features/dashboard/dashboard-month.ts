import {
  accountRights,
  type Month,
  monthSchema,
  type Period,
  type PlanSummary,
  type Role,
} from '@ragboard/shared';

/**
 * Why the dashboard shows the month it does: the month in the URL; the latest closed month, which
 * board and forum members land on (their packs are drafted from it); or the plan's month, the
 * summary's own default (the open month; a closed plan's last month).
 */
export type MonthReason = 'chosen' | 'latest-closed' | 'plan-month';

/** Those who read the board's packs (`accountRights`' readPacks, which turns on the role alone) land on the month the packs are drafted from. */
export const landsOnClosedMonth = (role: Role | undefined) =>
  role !== undefined && accountRights({ role, personId: null }).readPacks;

const monthsIn = (periods: readonly Period[], state: Period['state']) =>
  periods
    .filter((p) => p.state === state)
    .map((p) => p.month)
    .sort();

/** The latest month checked and closed, if any. */
export const latestClosed = (periods: readonly Period[]): Month | null =>
  monthsIn(periods, 'closed').at(-1) ?? null;

/** The month taking updates (the latest, if several are open). */
export const openMonth = (periods: readonly Period[]): Month | null =>
  monthsIn(periods, 'open').at(-1) ?? null;

/** The month a shared link asks for (`?period=`), if it names one. */
export function askedMonth(search: URLSearchParams): Month | null {
  const asked = monthSchema.safeParse(search.get('period'));
  return asked.success ? asked.data : null;
}

/**
 * The month to ask the summary for, null for the summary's default, and why; undefined while the
 * periods a board member's month depends on are still loading.
 */
export function monthToShow(
  asked: Month | null,
  role: Role | undefined,
  periods: readonly Period[] | undefined,
): { month: Month | null; reason: MonthReason } | undefined {
  if (asked) return { month: asked, reason: 'chosen' };
  if (!landsOnClosedMonth(role)) return { month: null, reason: 'plan-month' };
  if (!periods) return undefined;
  const closed = latestClosed(periods);
  return closed ? { month: closed, reason: 'latest-closed' } : { month: null, reason: 'plan-month' };
}

export type MonthState = Period['state'] | 'not-opened';

/**
 * The months the picker offers, newest first: the plan's own months with their state, and the month
 * shown if it is within the plan but was never opened. Never a month outside the plan.
 */
export function pickerMonths(
  periods: readonly Period[],
  shown: Month,
  plan?: Pick<PlanSummary, 'periodStart' | 'periodEnd'>,
): { month: Month; state: MonthState }[] {
  const inPlan = (month: Month) => !plan || (month >= plan.periodStart && month <= plan.periodEnd);
  const months = new Map<Month, MonthState>(periods.map((p) => [p.month, p.state]));
  if (!months.has(shown)) months.set(shown, 'not-opened');
  return [...months.entries()]
    .filter(([month]) => inPlan(month))
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, state]) => ({ month, state }));
}
