import { and, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outboxMessages, people, users } from '../../db/schema';

/** The kinds of message that chase a lead for a month's updates. */
export const CHASING_KINDS = ['update-reminder', 'update-reminder-escalated', 'update-link'];

type Address = { name: string; address: string };

export function remindersRepository(db: Db) {
  return {
    /** Those of `personIds` with an active account: the people who can also sign in to update. */
    async withActiveAccount(personIds: string[]) {
      if (personIds.length === 0) return new Set<string | null>();
      const rows = await db
        .select({ personId: users.personId })
        .from(users)
        .where(and(inArray(users.personId, personIds), eq(users.active, true)));
      return new Set(rows.map((r) => r.personId));
    },

    /** When each of `personIds` was last written to about the period's updates. */
    async lastReminded(planId: string, period: string, personIds: string[]): Promise<Map<string, Date>> {
      if (personIds.length === 0) return new Map();
      const rows = await db
        .select({ personId: outboxMessages.personId, at: max(outboxMessages.createdAt) })
        .from(outboxMessages)
        .where(
          and(
            eq(outboxMessages.planId, planId),
            eq(outboxMessages.period, period),
            inArray(outboxMessages.personId, personIds),
            inArray(outboxMessages.kind, CHASING_KINDS),
          ),
        )
        .groupBy(outboxMessages.personId);
      return new Map(rows.flatMap((r) => (r.personId && r.at ? [[r.personId, r.at] as const] : [])));
    },

    /** Where each person is written to: their own email, or their active account's. */
    async addresses(personIds: string[]): Promise<Map<string, Address>> {
      if (personIds.length === 0) return new Map();
      const rows = await db
        .select({ id: people.id, name: people.name, email: people.email, accountEmail: users.email })
        .from(people)
        .leftJoin(users, and(eq(users.personId, people.id), eq(users.active, true)))
        .where(inArray(people.id, [...new Set(personIds)]));
      return new Map(
        rows.flatMap((r) => {
          const address = r.email ?? r.accountEmail;
          return address ? [[r.id, { name: r.name, address }] as const] : [];
        }),
      );
    },
  };
}
