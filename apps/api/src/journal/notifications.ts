import type { NotificationKind } from '@ragboard/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { actionLeads, actions, notifications, outcomes, priorities, users } from '../db/schema';

/** Who hears of something: a person the plan names, or an account linked to no person (decision 050). */
export type Recipient = { personId: string; userId: null } | { personId: null; userId: string };

/** Who may hear of an event on an action. */
export type Audience =
  | { leads: true }
  | { managers: true }
  | { signsOff: true }
  | { user: string }
  | { person: string };

/** Who caused the event, never told of it themselves. */
export type Actor = { userId: string | null; personId: string | null };

const key = (r: Recipient) => (r.personId ? `p:${r.personId}` : `u:${r.userId}`);
const person = (personId: string): Recipient => ({ personId, userId: null });
const account = (row: { id: string; personId: string | null }): Recipient =>
  row.personId ? person(row.personId) : { personId: null, userId: row.id };

async function managers(tx: Db): Promise<Recipient[]> {
  const rows = await tx
    .select({ id: users.id, personId: users.personId })
    .from(users)
    .where(and(eq(users.role, 'manager'), eq(users.active, true)));
  return rows.map(account);
}

async function recipientsOf(tx: Db, actionId: string, audience: Audience): Promise<Recipient[]> {
  if ('person' in audience) return [person(audience.person)];
  if ('user' in audience) {
    const rows = await tx
      .select({ id: users.id, personId: users.personId })
      .from(users)
      .where(eq(users.id, audience.user));
    return rows.map(account);
  }
  if ('managers' in audience) return managers(tx);
  if ('leads' in audience) {
    const rows = await tx
      .select({ personId: actionLeads.personId })
      .from(actionLeads)
      .where(eq(actionLeads.actionId, actionId));
    return rows.map((r) => person(r.personId));
  }
  const [group] = await tx
    .select({ personId: priorities.deliveryGroupLeadId })
    .from(actions)
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .where(eq(actions.id, actionId));
  return [...(await managers(tx)), ...(group?.personId ? [person(group.personId)] : [])];
}

/**
 * Records that something happened on an action which people should hear of, in the caller's
 * transaction (the write that caused it), for each of `audiences`' people but the actor. The
 * daily email gathers them later (modules/notifications); nothing is sent here.
 */
export async function recordNotification(
  tx: Db,
  event: {
    kind: NotificationKind;
    actionId: string;
    audiences: Audience[];
    actor: Actor;
    payload?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  const [action] = await tx
    .select({ planId: actions.planId, ref: actions.ref, title: actions.title })
    .from(actions)
    .where(eq(actions.id, event.actionId));
  if (!action) return;
  const actorUser = event.actor.userId
    ? await recipientsOf(tx, event.actionId, { user: event.actor.userId })
    : [];
  const skip = new Set([
    ...actorUser.map(key),
    ...(event.actor.personId ? [key(person(event.actor.personId))] : []),
  ]);
  const to = new Map<string, Recipient>();
  for (const audience of event.audiences) {
    for (const r of await recipientsOf(tx, event.actionId, audience))
      if (!skip.has(key(r))) to.set(key(r), r);
  }
  if (to.size === 0) return;
  await tx.insert(notifications).values(
    [...to.values()].map((r) => ({
      ...r,
      kind: event.kind,
      planId: action.planId,
      actionId: event.actionId,
      payload: { ref: action.ref, title: action.title.split('\n')[0], ...event.payload },
      createdAt: event.at,
    })),
  );
}
