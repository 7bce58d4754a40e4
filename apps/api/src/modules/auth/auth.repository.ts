import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

export function authRepository(db: Db) {
  return {
    /** The account's new password, whatever its version: only its owner, signed in, sets it here. */
    async setPassword(userId: string, passwordHash: string, at: Date) {
      await db
        .update(users)
        .set({ passwordHash, passwordChangedAt: at, updatedAt: at, version: sql`${users.version} + 1` })
        .where(eq(users.id, userId));
    },
  };
}
