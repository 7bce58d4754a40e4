import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recoveryCodes, trustedBrowsers, users } from '../../db/schema';
import { hashToken } from '../credentials';

export function twoStepRepository(db: Db) {
  return {
    async setPendingSecret(userId: string, secret: string) {
      await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, userId));
    },

    /** The confirmed secret replaces the pending one; the step its code used is spent. */
    async enable(userId: string, secret: string, step: number, now: Date) {
      await db
        .update(users)
        .set({ totpSecret: secret, totpEnabledAt: now, totpPendingSecret: null, totpLastStep: step })
        .where(eq(users.id, userId));
    },

    /**
     * Spends a step: true only if no code of this step (or a later one) was accepted before. One
     * conditional update, so two requests racing with the same code cannot both win.
     */
    async spendStep(userId: string, step: number): Promise<boolean> {
      const spent = await db
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .returning({ id: users.id });
      return spent.length === 1;
    },

    async replaceRecoveryCodes(userId: string, hashes: string[], now: Date) {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
    },

    /** Spends a recovery code: true once per code, whoever races for it. */
    async spendRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
      const spent = await db
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(recoveryCodes.userId, userId),
            eq(recoveryCodes.codeHash, codeHash),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      return spent.length > 0;
    },

    async recoveryCodesLeft(userId: string): Promise<number> {
      const [row] = await db
        .select({ left: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
      return row?.left ?? 0;
    },

    /** The second factor gone: secret, recovery codes and every browser trusted to skip the code. */
    async clear(userId: string) {
      await db
        .update(users)
        .set({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null, totpLastStep: null })
        .where(eq(users.id, userId));
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      await db.delete(trustedBrowsers).where(eq(trustedBrowsers.userId, userId));
    },

    /** A browser that may skip the code until `expiresAt`; the token goes to its cookie, the hash here. */
    async trustBrowser(userId: string, now: Date, expiresAt: Date): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await db
        .insert(trustedBrowsers)
        .values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt });
      return token;
    },

    async isTrustedBrowser(token: string, userId: string, now: Date): Promise<boolean> {
      const [row] = await db
        .select({ userId: trustedBrowsers.userId })
        .from(trustedBrowsers)
        .where(
          and(
            eq(trustedBrowsers.tokenHash, hashToken(token)),
            eq(trustedBrowsers.userId, userId),
            gt(trustedBrowsers.expiresAt, now),
          ),
        );
      return row !== undefined;
    },
  };
}
