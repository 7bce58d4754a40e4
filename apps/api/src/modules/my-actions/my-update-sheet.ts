import type { SessionUser, UpdateSheet, UpdateSheetSection } from '@ragboard/shared';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionLeads, actions, people, plans, priorities } from '../../db/schema';
import { plansRepository } from '../plans';
import { updateSheetSection } from '../status-updates';

/** The signed-in person's whole month on one page: each active plan's due actions in its current period. */
export async function myUpdateSheet(db: Db, user: SessionUser, today: Date): Promise<UpdateSheet> {
  const personId = user.personId;
  const [person] = personId
    ? await db.select({ id: people.id, name: people.name }).from(people).where(eq(people.id, personId))
    : [];
  if (!personId || !person) return { person: { id: user.id, name: user.displayName }, sections: [] };
  const planRows = await db
    .selectDistinct({ id: plans.id })
    .from(plans)
    .innerJoin(actions, eq(actions.planId, plans.id))
    .innerJoin(priorities, eq(priorities.planId, plans.id))
    .leftJoin(actionLeads, and(eq(actionLeads.actionId, actions.id), eq(actionLeads.personId, personId)))
    .where(
      and(
        eq(plans.state, 'active'),
        isNull(actions.archivedAt),
        or(eq(actionLeads.personId, personId), eq(priorities.deliveryGroupLeadId, personId)),
      ),
    );
  const periods = await plansRepository(db).currentPeriods(
    planRows.map((p) => p.id),
    today,
  );
  const sections: UpdateSheetSection[] = [];
  for (const [planId, period] of periods) {
    if (!period) continue;
    const section = await updateSheetSection(
      db,
      { planId, period, personId, asDeliveryGroupLead: true },
      today,
    );
    if (section && section.items.length > 0) sections.push(section);
  }
  return { person, sections: sections.sort((a, b) => a.plan.title.localeCompare(b.plan.title)) };
}
