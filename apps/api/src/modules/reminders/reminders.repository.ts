import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

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
  };
}
