import type { Month, UpdateSheetItem, UpdateSheetSection } from '@ragboard/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, plans, priorities, reportingPeriods } from '../../db/schema';
import { positionReader, toActionNode } from '../../read-model';
import { dueForUpdate, loadSummaryInput } from '../summary';

export interface SheetScope {
  planId: string;
  period: Month;
  personId: string;
  /** Include the actions of priorities whose delivery group the person leads (signed in only). */
  asDeliveryGroupLead: boolean;
}

/**
 * One plan's part of a person's one-page round: their actions due an update in the period (the
 * same rule as the round's "missing"), given already or not, with what was said last time.
 */
export async function updateSheetSection(
  db: Db,
  scope: SheetScope,
  today: Date,
): Promise<UpdateSheetSection | null> {
  const input = await loadSummaryInput(db, scope.planId, scope.period, today);
  if (!input) return null;
  const [plan] = await db
    .select({ id: plans.id, title: plans.title })
    .from(plans)
    .where(eq(plans.id, scope.planId));
  const [period] = await db
    .select({ deadline: reportingPeriods.deadline })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.planId, scope.planId), eq(reportingPeriods.month, scope.period)));
  const groups = scope.asDeliveryGroupLead
    ? new Set(
        (
          await db
            .select({ id: priorities.id })
            .from(priorities)
            .where(
              and(eq(priorities.planId, scope.planId), eq(priorities.deliveryGroupLeadId, scope.personId)),
            )
        ).map((p) => p.id),
      )
    : new Set<string>();
  const positions = positionReader(input.source);
  const { index } = positions;
  const due = dueForUpdate(input, index).filter(
    ({ action }) => action.leads.some((lead) => lead.id === scope.personId) || groups.has(action.priorityId),
  );
  const ids = due.map((d) => d.action.id);
  const rows = ids.length ? await db.select().from(actions).where(inArray(actions.id, ids)) : [];
  const row = new Map(rows.map((r) => [r.id, r]));
  const outcomeRef = new Map(input.outcomes.map((o) => [o.id, o.ref]));

  const items = due.map(({ action, given }): UpdateSheetItem => {
    const a = row.get(action.id)!;
    const previous = (index.byAction.get(action.id) ?? []).filter((u) => u.period < scope.period).at(-1);
    return {
      action: toActionNode(
        a,
        action.leads,
        positions.at(a, { month: scope.period, today, planEnd: input.planEnd }),
      ),
      outcomeRef: outcomeRef.get(action.outcomeId) ?? '',
      previous: previous ? { period: previous.period, status: previous.status, note: previous.note } : null,
      given: given
        ? {
            status: given.status,
            note: given.note,
            revisedDue: given.revisedDue,
            createdAt: given.createdAt.toISOString(),
          }
        : null,
    };
  });
  return { plan: plan!, period: scope.period, deadline: period?.deadline ?? null, items };
}
