import { createHash, randomBytes } from 'node:crypto';
import type { SecondStep, SessionUser } from '@ragboard/shared';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { announce } from '../../db/changes';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';

/** A session ends after this long unused, or this long after sign-in, whichever comes first. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is refreshed at most this often, so reads do not write on every request. */
export const TOUCH_EVERY_MS = 60 * 1000;

export interface ActiveSession {
  tokenHash: string;
  csrfToken: string;
  user: SessionUser;
  /** What the session still lacks after the password, or null when it is complete. */
  secondStep: SecondStep | null;
}

/** A live session with the times that end it. */
export interface StoredSession {
  session: ActiveSession;
  lastSeenAt: Date;
  expiresAt: Date;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function sessionsRepository(db: Db) {
  return {
    /**
     * Starts a session; the token goes to the cookie and only its hash is stored. A session that
     * still needs its second step opens nothing but the two-step routes until it is replaced.
     */
    async create(
      userId: string,
      now: Date,
      secondStep: SecondStep | null = null,
    ): Promise<{ token: string; csrfToken: string }> {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(32).toString('base64url');
      await db.insert(sessions).values({
        tokenHash: hashToken(token),
        userId,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
        secondStep,
      });
      return { token, csrfToken };
    },

    /** The live session for a token's hash: not revoked, not expired, not idle too long, its user active. */
    async find(tokenHash: string, now: Date): Promise<StoredSession | null> {
      const [row] = await db
        .select({
          tokenHash: sessions.tokenHash,
          csrfToken: sessions.csrfToken,
          secondStep: sessions.secondStep,
          lastSeenAt: sessions.lastSeenAt,
          expiresAt: sessions.expiresAt,
          user: {
            id: users.id,
            email: users.email,
            displayName: users.displayName,
            role: users.role,
            personId: users.personId,
          },
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(
          and(
            eq(sessions.tokenHash, tokenHash),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, now),
            gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
            eq(users.active, true),
          ),
        );
      if (!row) return null;
      return {
        session: {
          tokenHash: row.tokenHash,
          csrfToken: row.csrfToken,
          user: row.user,
          secondStep: row.secondStep,
        },
        lastSeenAt: row.lastSeenAt,
        expiresAt: row.expiresAt,
      };
    },

    /** Keeps a session from going idle. */
    async touch(tokenHash: string, now: Date) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    },

    async revoke(tokenHash: string, now: Date) {
      const [row] = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(eq(sessions.tokenHash, tokenHash))
        .returning({ userId: sessions.userId });
      if (row) await announce(db, { kind: 'sessions', id: row.userId });
    },

    /** Every session of a user ends at once: password change, reset, deactivation. */
    async revokeAllForUser(userId: string, now: Date) {
      await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
      await announce(db, { kind: 'sessions', id: userId });
    },
  };
}
