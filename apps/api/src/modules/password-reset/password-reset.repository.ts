import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { passwordResets, users } from '../../db/schema';

export function passwordResetsRepository(db: Db) {
  return {
    async insert(userId: string, tokenHash: string, createdAt: Date, expiresAt: Date) {
      await db.insert(passwordResets).values({ userId, tokenHash, createdAt, expiresAt });
    },

    /** A link that still works at `at`: unused, in its hour, for an active account. */
    async live(tokenHash: string, at: Date) {
      const [row] = await db
        .select({ id: passwordResets.id, expiresAt: passwordResets.expiresAt, user: users })
        .from(passwordResets)
        .innerJoin(users, eq(users.id, passwordResets.userId))
        .where(
          and(
            eq(passwordResets.tokenHash, tokenHash),
            isNull(passwordResets.usedAt),
            gt(passwordResets.expiresAt, at),
            eq(users.active, true),
          ),
        );
      return row ?? null;
    },

    /** Uses the link, if nobody has: true for exactly one caller. */
    async use(id: string, at: Date): Promise<boolean> {
      const used = await db
        .update(passwordResets)
        .set({ usedAt: at })
        .where(and(eq(passwordResets.id, id), isNull(passwordResets.usedAt)))
        .returning({ id: passwordResets.id });
      return used.length === 1;
    },

    /** The account's new password, whatever its version: the link was its owner's to use. */
    async setPassword(userId: string, passwordHash: string, at: Date) {
      await db
        .update(users)
        .set({ passwordHash, passwordChangedAt: at, updatedAt: at, version: sql`${users.version} + 1` })
        .where(eq(users.id, userId));
    },

    /** A new password ends the account's other links too. */
    async endOthers(userId: string, at: Date) {
      await db
        .update(passwordResets)
        .set({ usedAt: at })
        .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
    },
  };
}
