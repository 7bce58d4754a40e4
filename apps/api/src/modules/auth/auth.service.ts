import type { SessionUser } from '@ragboard/shared';
import { announce, writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import type { users } from '../../db/schema';
import { recordAudit } from '../../journal';
import { AppError, ValidationError } from '../../plugins/errors';
import {
  hashPassword,
  refuseWeakPassword,
  SAME_PASSWORD,
  sessionsRepository,
  verifyPassword,
} from '../credentials';
import { secondStepAfterPassword } from '../two-step';
import { toUser, usersRepository } from '../users';
import { authRepository } from './auth.repository';

export const WRONG_CREDENTIALS = 'The email address or password is not right';

/** Hashing a password nobody has, so an unknown email takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

function toSessionUser(row: typeof users.$inferSelect): SessionUser {
  const { id, email, displayName, role, personId } = toUser(row);
  return { id, email, displayName, role, personId };
}

export function authService(db: Db, now: () => Date) {
  return {
    /**
     * The same answer, in the same time, for an unknown email and a wrong password. The session
     * may still need its second step (a code, or setting up two-step verification).
     */
    async login(email: string, password: string, trustedBrowserToken: string | null) {
      const row = await usersRepository(db).findByEmail(email);
      decoyHash ??= hashPassword('decoy password for unknown accounts');
      const ok = await verifyPassword(password, row?.passwordHash ?? (await decoyHash));
      if (!row?.active || !ok) throw new AppError(401, 'unauthorised', WRONG_CREDENTIALS);
      const at = now();
      const secondStep = await secondStepAfterPassword(db, row, trustedBrowserToken, at);
      const session = await sessionsRepository(db).create(row.id, at, secondStep);
      return { ...session, user: toSessionUser(row), secondStep };
    },

    /** A new password ends every session of the account and starts a fresh one for this browser. */
    async changePassword(userId: string, currentPassword: string, newPassword: string) {
      const row = await usersRepository(db).findById(userId);
      if (!row || !(await verifyPassword(currentPassword, row.passwordHash))) {
        throw new ValidationError('Your current password is not right', [
          { path: 'body.currentPassword', message: 'Your current password is not right' },
        ]);
      }
      await refuseWeakPassword(newPassword, row, 'body.newPassword');
      if (await verifyPassword(newPassword, row.passwordHash)) {
        throw new ValidationError(SAME_PASSWORD, [{ path: 'body.newPassword', message: SAME_PASSWORD }]);
      }
      const passwordHash = await hashPassword(newPassword);
      return writeTransaction(db, async (tx) => {
        const at = now();
        await authRepository(tx).setPassword(userId, passwordHash, at);
        await announce(tx, { kind: 'user', id: userId });
        const sessions = sessionsRepository(tx);
        await sessions.revokeAllForUser(userId, at);
        await recordAudit(tx, {
          actorId: userId,
          entityType: 'user',
          entityId: userId,
          operation: 'change-password',
          after: { passwordChangedAt: at.toISOString() },
        });
        return { ...(await sessions.create(userId, at)), user: toSessionUser(row), secondStep: null };
      });
    },
  };
}
