import type { Month, UpdateSheetItem, UpdateSheetSection } from '@ragboard/shared';
import type { Db } from '../../db/client';
import { positionReader, toActionNode } from '../../read-model';
import { dueForUpdate, loadSummaryInput } from '../summary';
import { statusUpdatesRepository } from './status-updates.repository';

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
  const repo = statusUpdatesRepository(db);
  const { plan, deadline, groups } = await repo.sheetFacts(
    scope.planId,
    scope.period,
    scope.asDeliveryGroupLead ? scope.personId : null,
  );
  const positions = positionReader(input.source);
  const { index } = positions;
  const due = dueForUpdate(input, index).filter(
    ({ action }) => action.leads.some((lead) => lead.id === scope.personId) || groups.has(action.priorityId),
  );
  const ids = due.map((d) => d.action.id);
  const rows = await repo.actionRows(ids);
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
  return { plan: plan!, period: scope.period, deadline, items };
}
