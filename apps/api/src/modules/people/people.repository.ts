import type { Person } from '@ragboard/shared';
import { and, asc, count, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionLeads,
  actions,
  kpis,
  organisations,
  outcomes,
  people,
  priorities,
  updateRequests,
  users,
} from '../../db/schema';

type PersonRow = typeof people.$inferSelect;

/** `q` as a literal piece of a name: % and _ typed by a user match only themselves. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function peopleRepository(db: Db) {
  /** People not merged away, with what they lead counted: one query per figure, whatever the count. */
  async function list(filter: SQL | undefined): Promise<Person[]> {
    // One after the other: inside a transaction there is one connection.
    const rows = await db
      .select({ person: people, organisation: organisations.name, accountEmail: users.email })
      .from(people)
      .leftJoin(organisations, eq(organisations.id, people.organisationId))
      .leftJoin(users, eq(users.personId, people.id))
      .where(and(isNull(people.mergedIntoId), filter))
      .orderBy(asc(sql`lower(${people.name})`), asc(people.id));
    const actionCounts = await db
      .select({ personId: actionLeads.personId, n: count() })
      .from(actionLeads)
      .innerJoin(actions, eq(actions.id, actionLeads.actionId))
      .where(isNull(actions.archivedAt))
      .groupBy(actionLeads.personId);
    const outcomeCounts = await db
      .select({ personId: outcomes.leadId, n: count() })
      .from(outcomes)
      .where(isNull(outcomes.archivedAt))
      .groupBy(outcomes.leadId);
    const leads = new Map(actionCounts.map((r) => [r.personId, r.n]));
    const outcomeLeads = new Map(outcomeCounts.map((r) => [r.personId, r.n]));
    return rows.map(({ person, organisation, accountEmail }) => ({
      id: person.id,
      name: person.name,
      role: person.role,
      email: person.email,
      organisationId: person.organisationId,
      organisation,
      accountEmail,
      actionCount: leads.get(person.id) ?? 0,
      outcomeCount: outcomeLeads.get(person.id) ?? 0,
      version: person.version,
    }));
  }

  return {
    list: (q?: string) => list(q ? ilike(people.name, containing(q)) : undefined),

    async detail(id: string): Promise<Person | null> {
      return (await list(eq(people.id, id)))[0] ?? null;
    },

    async findById(id: string): Promise<PersonRow | null> {
      const [row] = await db.select().from(people).where(eq(people.id, id));
      return row ?? null;
    },

    /** Those of `ids` that name a person not merged into another. */
    async liveIds(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .select({ id: people.id })
        .from(people)
        .where(and(inArray(people.id, ids), isNull(people.mergedIntoId)));
      return new Set(rows.map((r) => r.id));
    },

    /** Everyone not merged away, by id and name only. */
    liveNames: () =>
      db.select({ id: people.id, name: people.name }).from(people).where(isNull(people.mergedIntoId)),

    async insert(values: typeof people.$inferInsert): Promise<PersonRow> {
      const [row] = await db.insert(people).values(values).returning();
      return row!;
    },

    /** Writes only when the version still matches; null means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof people.$inferInsert>, now: Date) {
      const [row] = await db
        .update(people)
        .set({ ...values, updatedAt: now, version: sql`${people.version} + 1` })
        .where(and(eq(people.id, id), eq(people.version, version)))
        .returning();
      return row ?? null;
    },

    /** `fromId` and those already merged into it become merged into `intoId`; only `fromId`'s version moves. */
    async mergeInto(fromId: string, intoId: string, now: Date) {
      await db.update(people).set({ mergedIntoId: intoId }).where(eq(people.mergedIntoId, fromId));
      await db
        .update(people)
        .set({ mergedIntoId: intoId, updatedAt: now, version: sql`${people.version} + 1` })
        .where(eq(people.id, fromId));
    },
    /** Accounts linked to any of these people. */
    async accountIds(personIds: string[]): Promise<string[]> {
      const rows = await db.select({ id: users.id }).from(users).where(inArray(users.personId, personIds));
      return rows.map((r) => r.id);
    },

    /**
     * Everything `fromId` leads or owns moves to `intoId`: action leads (once each), outcome and
     * delivery group leads, KPI owners, update requests (links already emailed keep working, for the
     * actions that moved with them) and the account. The accounts moved are returned.
     */
    async moveReferences(fromId: string, intoId: string): Promise<string[]> {
      const alreadyLed = db
        .select({ id: actionLeads.actionId })
        .from(actionLeads)
        .where(eq(actionLeads.personId, intoId));
      await db
        .delete(actionLeads)
        .where(and(eq(actionLeads.personId, fromId), inArray(actionLeads.actionId, alreadyLed)));
      await db.update(actionLeads).set({ personId: intoId }).where(eq(actionLeads.personId, fromId));
      await db.update(outcomes).set({ leadId: intoId }).where(eq(outcomes.leadId, fromId));
      await db
        .update(priorities)
        .set({ deliveryGroupLeadId: intoId })
        .where(eq(priorities.deliveryGroupLeadId, fromId));
      await db.update(kpis).set({ ownerId: intoId }).where(eq(kpis.ownerId, fromId));
      await db.update(updateRequests).set({ personId: intoId }).where(eq(updateRequests.personId, fromId));
      const moved = await db
        .update(users)
        .set({ personId: intoId })
        .where(eq(users.personId, fromId))
        .returning({ id: users.id });
      return moved.map((r) => r.id);
    },
  };
}
