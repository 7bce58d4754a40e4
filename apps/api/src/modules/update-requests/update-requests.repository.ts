import type { Contact, Month, UpdateRequestSummary } from '@ragboard/shared';
import { aliasedTable, and, asc, count, desc, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  outboxMessages,
  people,
  plans,
  reportingPeriods,
  statusUpdates,
  updateRequests,
  users,
} from '../../db/schema';

type UpdateRequestRow = typeof updateRequests.$inferSelect;

const creator = aliasedTable(users, 'creator');

/** A period's links that still work at `now`: neither withdrawn nor expired. */
const live = (planId: string, period: Month, now: Date) =>
  and(
    eq(updateRequests.planId, planId),
    eq(updateRequests.period, period),
    isNull(updateRequests.revokedAt),
    gt(updateRequests.expiresAt, now),
  );

export function updateRequestsRepository(db: Db) {
  return {
    /** Links for many leads in one statement. */
    async insertMany(values: (typeof updateRequests.$inferInsert)[]): Promise<UpdateRequestRow[]> {
      if (values.length === 0) return [];
      return db.insert(updateRequests).values(values).returning();
    },

    /** A link by its token's hash, with what deciding on it needs: its plan, period, lead and sender. */
    async findByTokenHash(tokenHash: string) {
      const [row] = await db
        .select({
          request: updateRequests,
          plan: { id: plans.id, title: plans.title, state: plans.state },
          period: {
            state: reportingPeriods.state,
            deadline: reportingPeriods.deadline,
            graceDays: reportingPeriods.graceDays,
          },
          person: { id: people.id, name: people.name },
          sender: { name: creator.displayName, email: creator.email, active: creator.active },
        })
        .from(updateRequests)
        .innerJoin(plans, eq(plans.id, updateRequests.planId))
        .innerJoin(people, eq(people.id, updateRequests.personId))
        .leftJoin(
          reportingPeriods,
          and(
            eq(reportingPeriods.planId, updateRequests.planId),
            eq(reportingPeriods.month, updateRequests.period),
          ),
        )
        .leftJoin(creator, eq(creator.id, updateRequests.createdById))
        .where(eq(updateRequests.tokenHash, tokenHash));
      return row ?? null;
    },

    /** The longest-serving active manager: who to ask when a link's sender is not known. */
    async anyManager(): Promise<Contact | null> {
      const [row] = await db
        .select({ name: users.displayName, email: users.email })
        .from(users)
        .where(and(eq(users.role, 'manager'), eq(users.active, true)))
        .orderBy(asc(users.createdAt))
        .limit(1);
      return row ?? null;
    },

    /** The link was opened (its page or sheet resolved it): the first time is kept, the last moves on. */
    async opened(id: string, at: Date) {
      await db
        .update(updateRequests)
        .set({ firstOpenedAt: sql`coalesce(${updateRequests.firstOpenedAt}, ${at})`, lastOpenedAt: at })
        .where(eq(updateRequests.id, id));
    },

    /** Each person's latest link for a period (the one the round reports on). */
    async latestByPerson(planId: string, period: Month, personIds: string[]) {
      if (personIds.length === 0) return new Map<string, UpdateRequestRow>();
      const rows = await db
        .selectDistinctOn([updateRequests.personId])
        .from(updateRequests)
        .where(
          and(
            eq(updateRequests.planId, planId),
            eq(updateRequests.period, period),
            inArray(updateRequests.personId, personIds),
          ),
        )
        .orderBy(updateRequests.personId, desc(updateRequests.createdAt), desc(updateRequests.id));
      return new Map(rows.map((row) => [row.personId, row]));
    },

    async touch(id: string, at: Date) {
      await db.update(updateRequests).set({ lastUsedAt: at }).where(eq(updateRequests.id, id));
    },

    /** Withdraws the live links of a period (one person's, or everyone's); returns their ids. */
    async revoke(scope: { planId: string; period: Month; personId?: string }, byId: string, at: Date) {
      const filters: SQL[] = [
        eq(updateRequests.planId, scope.planId),
        eq(updateRequests.period, scope.period),
        isNull(updateRequests.revokedAt),
      ];
      if (scope.personId) filters.push(eq(updateRequests.personId, scope.personId));
      const rows = await db
        .update(updateRequests)
        .set({ revokedAt: at, revokedById: byId })
        .where(and(...filters))
        .returning({ id: updateRequests.id });
      return rows.map((r) => r.id);
    },

    /** Withdraws every live link of these people, in any plan and period: what was withdrawn. */
    async revokeForPeople(personIds: string[], byId: string, at: Date) {
      if (personIds.length === 0) return [];
      return db
        .update(updateRequests)
        .set({ revokedAt: at, revokedById: byId })
        .where(
          and(
            inArray(updateRequests.personId, personIds),
            isNull(updateRequests.revokedAt),
            gt(updateRequests.expiresAt, at),
          ),
        )
        .returning({
          id: updateRequests.id,
          planId: updateRequests.planId,
          period: updateRequests.period,
          personId: updateRequests.personId,
        });
    },

    async countActive(planId: string, period: Month, now: Date): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(updateRequests)
        .where(live(planId, period, now));
      return row?.n ?? 0;
    },

    /** The leads holding live links for a period, by name, with how many each. */
    async liveByPerson(planId: string, period: Month, now: Date) {
      return db
        .select({ personId: updateRequests.personId, name: people.name, links: count() })
        .from(updateRequests)
        .innerJoin(people, eq(people.id, updateRequests.personId))
        .where(live(planId, period, now))
        .groupBy(updateRequests.personId, people.name)
        .orderBy(asc(people.name));
    },

    /** Ends a period's live links at `at` (its month closed): they stop working at once. Returns their ids. */
    async expire(planId: string, period: Month, at: Date): Promise<string[]> {
      const rows = await db
        .update(updateRequests)
        .set({ expiresAt: at })
        .where(live(planId, period, at))
        .returning({ id: updateRequests.id });
      return rows.map((r) => r.id);
    },

    /** The links sent to a person, newest first, with the updates given through each and its email's state. */
    async listForPerson(personId: string, now: Date): Promise<UpdateRequestSummary[]> {
      const rows = await db
        .select({ request: updateRequests, planTitle: plans.title })
        .from(updateRequests)
        .innerJoin(plans, eq(plans.id, updateRequests.planId))
        .where(eq(updateRequests.personId, personId))
        .orderBy(desc(updateRequests.createdAt));
      const ids = rows.map((r) => r.request.id);
      const used = ids.length
        ? await db
            .select({ id: statusUpdates.updateRequestId, n: count() })
            .from(statusUpdates)
            .where(inArray(statusUpdates.updateRequestId, ids))
            .groupBy(statusUpdates.updateRequestId)
        : [];
      const emails = ids.length
        ? await db
            .select({ id: outboxMessages.updateRequestId, state: outboxMessages.state })
            .from(outboxMessages)
            .where(inArray(outboxMessages.updateRequestId, ids))
        : [];
      const updates = new Map(used.map((u) => [u.id, u.n]));
      const emailState = new Map(emails.map((e) => [e.id, e.state]));
      return rows.map(({ request: r, planTitle }) => ({
        id: r.id,
        plan: { id: r.planId, title: planTitle },
        period: r.period,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        revokedAt: r.revokedAt?.toISOString() ?? null,
        lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
        updates: updates.get(r.id) ?? 0,
        state: r.revokedAt ? 'revoked' : r.expiresAt <= now ? 'expired' : 'active',
        emailState: emailState.get(r.id) ?? null,
      }));
    },
  };
}
