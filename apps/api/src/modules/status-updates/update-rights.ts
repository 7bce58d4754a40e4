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

/** What the rights turn on: who leads the action's priority's delivery group, and whether the author leads the action. */
export interface RightsFacts {
  groupLeadId: string | null;
  leadsAction: boolean;
}

/** The person an author speaks for, whose leadership of the action the rights turn on. */
export function authorPersonId(author: UpdateAuthor): string | null {
  return author.kind === 'user' ? author.user.personId : author.person.id;
}

/**
 * The manager may do everything. A lead updates the actions they lead; the lead of a priority's
 * delivery group also updates and signs off every action of that priority. An update request's
 * lead may update the actions they lead, and never signs off: their Blue awaits sign-off as a
 * signed-in lead's does.
 */
export function rightsOf(author: UpdateAuthor, facts: RightsFacts): UpdateRights {
  if (author.kind === 'update-request') return { update: facts.leadsAction, signOff: false };
  const { user } = author;
  if (user.role === 'manager') return { update: true, signOff: true };
  if (user.role !== 'lead' || !user.personId) return { update: false, signOff: false };
  const groupLead = facts.groupLeadId === user.personId;
  return { update: groupLead || facts.leadsAction, signOff: groupLead };
}

export async function updateRights(db: Db, user: SessionUser, actionId: string): Promise<UpdateRights> {
  return authorRights(db, { kind: 'user', user }, actionId);
}

export async function authorRights(db: Db, author: UpdateAuthor, actionId: string): Promise<UpdateRights> {
  if (author.kind === 'user' && author.user.role !== 'lead') return rightsOf(author, NO_FACTS);
  const personId = authorPersonId(author);
  if (!personId) return rightsOf(author, NO_FACTS);
  const [row] = await db
    .select({ groupLeadId: priorities.deliveryGroupLeadId, leads: actionLeads.personId })
    .from(actions)
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .leftJoin(actionLeads, and(eq(actionLeads.actionId, actions.id), eq(actionLeads.personId, personId)))
    .where(eq(actions.id, actionId));
  return rightsOf(author, { groupLeadId: row?.groupLeadId ?? null, leadsAction: Boolean(row?.leads) });
}

const NO_FACTS: RightsFacts = { groupLeadId: null, leadsAction: false };
