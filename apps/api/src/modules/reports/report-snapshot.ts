import { isOverdue, type Month, type ReportSnapshot } from '@ragboard/shared';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { boardReports, plans } from '../../db/schema';
import { kpisRepository } from '../kpis/kpis.repository';
import { middleOf, periodSummary, updateIndex } from '../summary/period-summary';
import { loadSummaryInput } from '../summary/summary.repository';

/** The plan as it stood at a period: what a board report freezes. */
export async function takeSnapshot(
  db: Db,
  planId: string,
  period: Month,
  now: Date,
): Promise<ReportSnapshot | null> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  const input = await loadSummaryInput(db, planId, period, now);
  if (!plan || !input) return null;
  const summary = periodSummary(input);
  const { stateAt } = updateIndex(input.updates);
  const actions = input.actions.map((a) => {
    const state = stateAt(a.id, period);
    const status = state?.status ?? 'Grey';
    return {
      outcomeId: a.outcomeId,
      id: a.id,
      ref: a.ref,
      title: a.title,
      dueMonth: a.dueMonth,
      dueText: a.dueText,
      revisedDue: status === 'Red' ? (state?.revisedDue ?? null) : null,
      leads: a.leads.map(({ name, organisation }) => ({ name, organisation })),
      status,
      note: state?.note ?? null,
      overdue: isOverdue({ dueMonth: a.dueMonth, status }, middleOf(period)),
    };
  });
  const kpis = ((await kpisRepository(db).listForPlan(planId)) ?? []).map((k) => {
    const values = k.values.filter((v) => v.period <= period);
    return { ...k, values, latest: values.at(-1) ?? null };
  });
  const [previous] = await db
    .select()
    .from(boardReports)
    .where(
      and(
        eq(boardReports.planId, planId),
        eq(boardReports.state, 'published'),
        lt(boardReports.period, period),
      ),
    )
    .orderBy(desc(boardReports.period), desc(boardReports.publishedAt))
    .limit(1);
  const before = previous ? (previous.snapshot as ReportSnapshot) : null;
  const beforeStatus = new Map(
    before?.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions.map((a) => [a.id, a.status]))),
  );
  return {
    plan: { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
    period,
    takenAt: now.toISOString(),
    summary,
    priorities: input.priorities.map((p) => ({
      ...p,
      outcomes: input.outcomes
        .filter((o) => o.priorityId === p.id)
        .map((o) => ({
          id: o.id,
          ref: o.ref,
          title: o.title,
          actions: actions.filter((a) => a.outcomeId === o.id).map(({ outcomeId: _, ...a }) => a),
        })),
    })),
    kpis,
    sinceLastReport:
      previous && before
        ? {
            reportId: previous.id,
            title: previous.title,
            period: previous.period,
            changes: actions
              .filter((a) => beforeStatus.has(a.id) && beforeStatus.get(a.id) !== a.status)
              .map((a) => ({ ref: a.ref, title: a.title, from: beforeStatus.get(a.id)!, to: a.status })),
          }
        : null,
  };
}
