import { type ActionRights, accountRights, type SessionUser } from '@ragboard/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionLeads, actions, outcomes, priorities } from '../../db/schema';
import type { UpdateAuthor } from './update-author';

export type UpdateRights = ActionRights;

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
 * An account's rights are packages/shared's `accountRights`. An update request's lead may update
 * the actions they lead, and never signs off: their Blue awaits sign-off as a signed-in lead's does.
 */
export function rightsOf(author: UpdateAuthor, facts: RightsFacts): UpdateRights {
  if (author.kind === 'update-request') return { update: facts.leadsAction, signOff: false };
  return accountRights(author.user, facts);
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
