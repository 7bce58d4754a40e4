import { randomBytes } from 'node:crypto';
import { PASSWORD_RESET_LINK_GONE } from '@ragboard/shared';
import { announce, writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import { AppError } from '../../plugins/errors';
import {
  forgetAccountAttempts,
  hashPassword,
  hashToken,
  refuseWeakPassword,
  sessionsRepository,
} from '../credentials';
import type { accountEmails } from '../reminders';
import { usersRepository } from '../users';
import { passwordResetsRepository } from './password-reset.repository';

/** A reset link works for an hour after it is asked for. */
export const RESET_LINK_MS = 60 * 60 * 1000;

const gone = () => new AppError(404, 'not_found', PASSWORD_RESET_LINK_GONE);

export const resetLink = (publicUrl: string, token: string) => `${publicUrl}/reset-password/${token}`;

function letter(name: string, email: string, link: string) {
  return [
    `Dear ${name},`,
    '',
    `Someone asked to reset the password of your ragboard account (${email}). To choose a new password, open this link within one hour:`,
    '',
    link,
    '',
    'The link works once. Setting a new password signs your account out everywhere else.',
    '',
    'If you did not ask, you can ignore this email: your password stays as it is.',
  ].join('\n');
}

/**
 * "Forgotten your password?" (decision 052): a long random link by email, stored only as its hash,
 * good for one hour and one use; the same reply whether or not an account has the address.
 */
export function passwordResetService(
  db: Db,
  emails: ReturnType<typeof accountEmails>,
  publicUrl: string,
  now: () => Date,
) {
  const resets = passwordResetsRepository(db);
  return {
    /** Sends a link to an active account with this address; for any other, does nothing. */
    async request(email: string): Promise<{ sent: string | null }> {
      const user = await usersRepository(db).findByEmail(email);
      if (!user?.active) return { sent: null };
      const token = randomBytes(32).toString('base64url');
      const at = now();
      const expiresAt = new Date(at.getTime() + RESET_LINK_MS);
      const messageId = await writeTransaction(db, async (tx) => {
        await passwordResetsRepository(tx).insert(user.id, hashToken(token), at, expiresAt);
        await recordAudit(tx, {
          actorId: null,
          entityType: 'user',
          entityId: user.id,
          operation: 'password-reset-requested',
          after: { expiresAt: expiresAt.toISOString() },
        });
        return emails.queue(tx, {
          kind: 'password-reset',
          toName: user.displayName,
          toAddress: user.email,
          subject: 'Reset your ragboard password',
          body: letter(user.displayName, user.email, resetLink(publicUrl, token)),
        });
      });
      return { sent: messageId };
    },

    /** Whose password a link sets, while it works. */
    async check(token: string) {
      const found = await resets.live(hashToken(token), now());
      if (!found) throw gone();
      return { email: found.user.email, expiresAt: found.expiresAt.toISOString() };
    },

    /**
     * Sets the new password under the password rules, uses the link up (and the account's other
     * links), and ends every session of the account.
     */
    async reset(token: string, newPassword: string): Promise<void> {
      const found = await resets.live(hashToken(token), now());
      if (!found) throw gone();
      const { user } = found;
      await refuseWeakPassword(newPassword, user, 'body.newPassword');
      const passwordHash = await hashPassword(newPassword);
      await writeTransaction(db, async (tx) => {
        const at = now();
        const repo = passwordResetsRepository(tx);
        if (!(await repo.use(found.id, at))) throw gone();
        await repo.setPassword(user.id, passwordHash, at);
        await repo.endOthers(user.id, at);
        await announce(tx, { kind: 'user', id: user.id });
        await sessionsRepository(tx).revokeAllForUser(user.id, at);
        await recordAudit(tx, {
          actorId: user.id,
          entityType: 'user',
          entityId: user.id,
          operation: 'password-reset',
          after: { passwordChangedAt: at.toISOString(), sessionsEnded: true },
        });
      });
      // The limit is on guessing: someone locked out by it is let in with the new password.
      await forgetAccountAttempts(db, user.email);
    },
  };
}
