import { randomUUID } from 'node:crypto';
import {
  addMonths,
  type KpiRule,
  lastDayOfMonth,
  type Month,
  monthsBetween,
  revisedDueAfter,
  type Status,
} from '@ragboard/shared';
import { statusUpdatesRepository } from '../../modules/status-updates';
import type { Tx } from '../client';
import { kpiValues, reportingPeriods, statusUpdates } from '../schema';
import { demoHistory, steadyHistory } from './demo-history';
import { demoKpiValues } from './demo-kpis';

/** Updates are dated a few days before the end of their month, or today for this month's. */
function updatedAt(month: Month, now: Date): Date {
  const endOfMonth = new Date(`${lastDayOfMonth(month)}T17:00:00Z`);
  return new Date(Math.min(endOfMonth.getTime() - 3 * 86_400_000, now.getTime()));
}

/** About a third of the leads have already given this month's update. */
function updatedThisMonth(ref: string): boolean {
  return [...ref].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 3 === 0;
}

export interface DemoRounds {
  planId: string;
  planStart: Month;
  /** The first and last month of the history. */
  from: Month;
  to: Month;
  /** The month open for updates now (its history is partly given), or null when every month is closed. */
  open: Month | null;
  actions: {
    id: string;
    ref: string;
    /** The month its history is told against: its due month, or the new date it works to. */
    dueMonth: Month | null;
    /** The new completion date in force before its history (carried forward or agreed). */
    revisedDue?: string | null;
    /** Reported Green every month whatever its dates (`steadyHistory`). */
    steady?: boolean;
    leads: string[];
  }[];
  /** Seeds the history differently in each plan for actions that keep their ref. */
  seed: string;
  kpis: { id: string; rule: KpiRule }[];
  managerId: string;
  now: Date;
}

/**
 * A plan's months as the manager ran them: each closed after its deadline (and one left open, if
 * asked), a believable status history for every action with Blues signed off, each action's current
 * status set from its latest update, and quarterly KPI actuals.
 */
export async function seedDemoRounds(tx: Tx, r: DemoRounds): Promise<{ statusUpdates: number }> {
  const closedTo = r.open ? addMonths(r.open, -1) : r.to;
  await tx.insert(reportingPeriods).values([
    ...monthsBetween(r.from, closedTo).map((month) => ({
      planId: r.planId,
      month,
      state: 'closed' as const,
      deadline: `${addMonths(month, 1)}-10`,
      openedAt: new Date(`${month}-01T09:00:00Z`),
      closedAt: new Date(`${addMonths(month, 1)}-12T17:00:00Z`),
      closedById: r.managerId,
    })),
    ...(r.open
      ? [
          {
            planId: r.planId,
            month: r.open,
            state: 'open' as const,
            deadline: lastDayOfMonth(r.open),
            graceDays: 5,
          },
        ]
      : []),
  ]);

  const actuals = r.kpis.flatMap((kpi) =>
    demoKpiValues(kpi.id, kpi.rule, r.planStart, closedTo).map((v) => ({
      kpiId: kpi.id,
      period: v.period,
      value: v.value,
      authorId: r.managerId,
      createdAt: updatedAt(addMonths(v.period, 1), r.now),
    })),
  );
  if (actuals.length) await tx.insert(kpiValues).values(actuals);

  const updates: (typeof statusUpdates.$inferInsert)[] = [];
  const currents: {
    actionId: string;
    update: { id: string; status: Status; revisedDue: string | null };
    revisedDueBefore: string | null;
  }[] = [];
  for (const action of r.actions) {
    const until = r.open && updatedThisMonth(action.ref) ? r.open : closedTo;
    const ref = `${r.seed}${action.ref}`;
    const history = action.steady
      ? steadyHistory(ref, r.from, until)
      : demoHistory({ ref, dueMonth: action.dueMonth }, r.from, until);
    let revisedDue: string | null = action.revisedDue ?? null;
    let latest: { id: string; status: Status; revisedDue: string | null } | null = null;
    for (const entry of history) {
      const id = randomUUID();
      const at = updatedAt(entry.period, r.now);
      updates.push({
        id,
        actionId: action.id,
        period: entry.period,
        status: entry.status,
        note: entry.note,
        revisedDue: entry.revisedDue,
        authorName: action.leads[0] ?? null,
        createdAt: at,
        ...(entry.signedOff
          ? { signedOffById: r.managerId, signedOffAt: at, signOffNote: 'Evidence seen.' }
          : {}),
      });
      if (latest) revisedDue = revisedDueAfter(latest, revisedDue);
      latest = { id, status: entry.status, revisedDue: entry.revisedDue };
    }
    if (latest) currents.push({ actionId: action.id, update: latest, revisedDueBefore: revisedDue });
  }
  for (let i = 0; i < updates.length; i += 500)
    await tx.insert(statusUpdates).values(updates.slice(i, i + 500));
  for (const { actionId, update, revisedDueBefore } of currents)
    await statusUpdatesRepository(tx).setCurrent(actionId, update, revisedDueBefore);
  return { statusUpdates: updates.length };
}
