import type { SessionUser } from '@ragboard/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionLeads, actions, outcomes, priorities } from '../../db/schema';
import type { UpdateAuthor } from './update-author';

export interface UpdateRights {
  /** May record a status update. */
  update: boolean;
  /** May sign a Blue off (and so records Blue as signed off at once). */
  signOff: boolean;
}

/**
 * The manager may do everything. A lead updates the actions they lead; the lead of a priority's
 * delivery group also updates and signs off every action of that priority.
 */
export async function updateRights(db: Db, user: SessionUser, actionId: string): Promise<UpdateRights> {
  if (user.role === 'manager') return { update: true, signOff: true };
  if (user.role !== 'lead' || !user.personId) return { update: false, signOff: false };
  const [row] = await db
    .select({ groupLeadId: priorities.deliveryGroupLeadId, leads: actionLeads.personId })
    .from(actions)
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .leftJoin(actionLeads, and(eq(actionLeads.actionId, actions.id), eq(actionLeads.personId, user.personId)))
    .where(eq(actions.id, actionId));
  const groupLead = row?.groupLeadId === user.personId;
  return { update: groupLead || Boolean(row?.leads), signOff: groupLead };
}

/**
 * An update request's lead may update the actions they lead, and never signs off: their Blue
 * awaits sign-off as a signed-in lead's does.
 */
export async function authorRights(db: Db, author: UpdateAuthor, actionId: string): Promise<UpdateRights> {
  if (author.kind === 'user') return updateRights(db, author.user, actionId);
  const [row] = await db
    .select({ personId: actionLeads.personId })
    .from(actionLeads)
    .where(and(eq(actionLeads.actionId, actionId), eq(actionLeads.personId, author.person.id)));
  return { update: Boolean(row), signOff: false };
}
