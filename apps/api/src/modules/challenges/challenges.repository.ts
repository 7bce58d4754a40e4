import type { Challenge, ChallengeState } from '@ragboard/shared';
import { aliasedTable, and, desc, eq, exists, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionLeads,
  actions,
  challenges,
  outcomes,
  plans,
  priorities,
  statusUpdates,
  users,
} from '../../db/schema';

const raiser = aliasedTable(users, 'raiser');
const answerer = aliasedTable(users, 'answerer');

/** Challenges with their action, who raised and answered them: one query for any number. */
export function challengesRepository(db: Db) {
  async function list(scope: SQL | undefined): Promise<Challenge[]> {
    const rows = await db
      .select({
        challenge: challenges,
        action: { id: actions.id, ref: actions.ref, title: actions.title },
        statusPeriod: statusUpdates.period,
        raisedBy: raiser.displayName,
        answeredBy: answerer.displayName,
      })
      .from(challenges)
      .innerJoin(actions, eq(actions.id, challenges.actionId))
      // Both aliases of users left-joined: drizzle cannot type an inner and a left join of one table.
      .leftJoin(raiser, eq(raiser.id, challenges.raisedById))
      .leftJoin(answerer, eq(answerer.id, challenges.answeredById))
      .leftJoin(statusUpdates, eq(statusUpdates.id, challenges.statusUpdateId))
      .where(scope)
      .orderBy(desc(challenges.createdAt), desc(challenges.id));
    return rows.map(({ challenge: c, action, statusPeriod, raisedBy, answeredBy }) => ({
      id: c.id,
      planId: c.planId,
      action,
      status: c.status,
      statusPeriod: statusPeriod ?? null,
      reason: c.reason,
      raisedBy: raisedBy ?? '',
      raisedAt: c.createdAt.toISOString(),
      state: c.state,
      answer:
        c.answer !== null && c.answeredAt
          ? { text: c.answer, by: answeredBy ?? '', at: c.answeredAt.toISOString() }
          : null,
      version: c.version,
    }));
  }

  return {
    list,

    async find(id: string): Promise<Challenge | null> {
      const [challenge] = await list(eq(challenges.id, id));
      return challenge ?? null;
    },

    forAction: (actionId: string) => list(eq(challenges.actionId, actionId)),

    /** The plan's challenges, only those in `state` when given. */
    forPlan: (planId: string, state?: ChallengeState) =>
      list(and(eq(challenges.planId, planId), state ? eq(challenges.state, state) : undefined)),

    /** Open challenges on the live actions of active plans that a person leads, or whose delivery group they lead. */
    forPerson(personId: string): Promise<Challenge[]> {
      const leads = db
        .select({ one: sql`1` })
        .from(actionLeads)
        .where(and(eq(actionLeads.actionId, actions.id), eq(actionLeads.personId, personId)));
      const groupLeads = db
        .select({ one: sql`1` })
        .from(outcomes)
        .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
        .where(and(eq(outcomes.id, actions.outcomeId), eq(priorities.deliveryGroupLeadId, personId)));
      const activePlan = db
        .select({ one: sql`1` })
        .from(plans)
        .where(and(eq(plans.id, actions.planId), eq(plans.state, 'active')));
      return list(
        and(
          eq(challenges.state, 'open'),
          isNull(actions.archivedAt),
          exists(activePlan),
          or(exists(leads), exists(groupLeads)),
        ),
      );
    },

    /** The account that raised a challenge: told when it is answered. */
    async raisedById(id: string): Promise<string | null> {
      const [row] = await db
        .select({ raisedById: challenges.raisedById })
        .from(challenges)
        .where(eq(challenges.id, id));
      return row?.raisedById ?? null;
    },

    async insert(values: typeof challenges.$inferInsert): Promise<string> {
      const [row] = await db.insert(challenges).values(values).returning({ id: challenges.id });
      return row!.id;
    },

    /** Answers an open challenge whose version still matches; false when someone else got there first. */
    async answer(id: string, version: number, values: { answer: string; answeredById: string; at: Date }) {
      const [row] = await db
        .update(challenges)
        .set({
          state: 'answered',
          answer: values.answer,
          answeredById: values.answeredById,
          answeredAt: values.at,
          updatedAt: values.at,
          version: sql`${challenges.version} + 1`,
        })
        .where(and(eq(challenges.id, id), eq(challenges.version, version), eq(challenges.state, 'open')))
        .returning({ id: challenges.id });
      return Boolean(row);
    },
  };
}
