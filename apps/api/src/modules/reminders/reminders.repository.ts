import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { people, users } from '../../db/schema';

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
