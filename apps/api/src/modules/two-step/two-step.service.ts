import {
  type SecondStep,
  type SessionUser,
  TRUSTED_BROWSER_DAYS,
  type TwoStepSetup,
  type TwoStepStatus,
} from '@ragboard/shared';
import { announce, writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import type { users } from '../../db/schema';
import { recordAudit } from '../../journal';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { type ActiveSession, sessionsRepository, verifyPassword } from '../credentials';
import { usersRepository } from '../users';
import {
  enrolment,
  hashRecoveryCode,
  isAppCode,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
} from './totp';
import { twoStepRepository } from './two-step.repository';

type UserRow = typeof users.$inferSelect;

export const WRONG_CODE =
  'The code is not right: enter the 6-digit code your authenticator app shows now, or one of your recovery codes';
const WRONG_APP_CODE = 'The code is not right: enter the 6-digit code your authenticator app shows now';

/** Partnership managers can change the whole plan and restore the database: a password is not enough. */
export const requiresTwoStep = (role: UserRow['role']) => role === 'manager';

const wrongCode = (message: string) => new ValidationError(message, [{ path: 'body.code', message }]);

/**
 * What a password sign-in still needs: a code if the account has two-step verification (unless
 * this browser was trusted to skip it, by the same account, within its days), setting it up if
 * the account is a manager's without it, or nothing.
 */
export async function secondStepAfterPassword(
  db: Db,
  row: UserRow,
  trustedToken: string | null,
  now: Date,
): Promise<SecondStep | null> {
  if (row.totpSecret) {
    const trusted = trustedToken && (await twoStepRepository(db).isTrustedBrowser(trustedToken, row.id, now));
    return trusted ? null : 'verify';
  }
  return requiresTwoStep(row.role) ? 'enrol' : null;
}

export interface CompletedSession {
  token: string;
  csrfToken: string;
  user: SessionUser;
  /** Set when the person asked not to be asked for a code on this browser for a while. */
  trustedBrowser: { token: string; expiresAt: Date } | null;
}

/** Every change to someone's second factor is audited on their account, by them unless said otherwise. */
function audit(
  tx: Db,
  row: UserRow,
  operation: string,
  values: { before?: unknown; after?: unknown } = {},
  actorId: string | null = row.id,
) {
  return recordAudit(tx, { actorId, entityType: 'user', entityId: row.id, operation, ...values });
}

export function twoStepService(db: Db, now: () => Date) {
  async function account(userId: string): Promise<UserRow> {
    const row = await usersRepository(db).findById(userId);
    if (!row) throw new NotFoundError('Account');
    return row;
  }

  /** The session that gave its second step is replaced by a complete one: a new token, a new cookie. */
  async function complete(tx: Db, session: ActiveSession, at: Date) {
    const sessions = sessionsRepository(tx);
    await sessions.revoke(session.tokenHash, at);
    return sessions.create(session.user.id, at);
  }

  return {
    async status(userId: string): Promise<TwoStepStatus> {
      const row = await account(userId);
      return {
        enabled: row.totpSecret !== null,
        enabledAt: row.totpEnabledAt?.toISOString() ?? null,
        recoveryCodesLeft: row.totpSecret ? await twoStepRepository(db).recoveryCodesLeft(userId) : 0,
        required: requiresTwoStep(row.role),
      };
    },

    /** A fresh secret to add to the app; nothing changes until a code from it confirms it. */
    async startSetup(session: ActiveSession): Promise<TwoStepSetup> {
      if (session.secondStep === 'verify')
        throw new AppError(403, 'forbidden', 'Enter the code from your authenticator app first');
      const row = await account(session.user.id);
      if (row.totpSecret)
        throw new ConflictError(
          'Two-step verification is already set up for your account. To move it to a new app, ask your partnership manager to reset it, or turn it off first.',
        );
      const secret = newTotpSecret();
      await writeTransaction(db, async (tx) => {
        await twoStepRepository(tx).setPendingSecret(row.id, secret);
        await audit(tx, row, 'start-two-step-setup');
      });
      return enrolment(secret, row.email);
    },

    /** A code from the new secret turns two-step verification on and gives ten recovery codes, once. */
    async confirmSetup(session: ActiveSession, code: string) {
      const row = await account(session.user.id);
      if (row.totpSecret) throw new ConflictError('Two-step verification is already set up for your account');
      if (!row.totpPendingSecret)
        throw new ConflictError('Start setting up two-step verification first: the QR code comes with it');
      const at = now();
      const step = matchingStep(row.totpPendingSecret, code, at);
      if (step === null) throw wrongCode(WRONG_APP_CODE);
      const recoveryCodes = newRecoveryCodes();
      return writeTransaction(db, async (tx) => {
        const repository = twoStepRepository(tx);
        await repository.enable(row.id, row.totpPendingSecret!, step, at);
        await repository.replaceRecoveryCodes(row.id, recoveryCodes.map(hashRecoveryCode), at);
        await announce(tx, { kind: 'user', id: row.id });
        await audit(tx, row, 'enable-two-step', { after: { twoStepEnabledAt: at.toISOString() } });
        const completed = session.secondStep ? await complete(tx, session, at) : null;
        return { recoveryCodes, completed };
      });
    },

    /**
     * The second step of signing in: a code from the app (each 30-second code once) or a recovery
     * code (each once). The waiting session is replaced by a complete one.
     */
    async verify(session: ActiveSession, code: string, rememberBrowser: boolean): Promise<CompletedSession> {
      if (session.secondStep !== 'verify') throw new ConflictError('This session is not waiting for a code');
      const row = await account(session.user.id);
      if (!row.totpSecret) throw new ConflictError('Two-step verification is not set up for this account');
      const at = now();
      return writeTransaction(db, async (tx) => {
        const repository = twoStepRepository(tx);
        let method: 'app' | 'recovery-code';
        if (isAppCode(code)) {
          const step = matchingStep(row.totpSecret!, code, at);
          if (step === null || !(await repository.spendStep(row.id, step))) throw wrongCode(WRONG_CODE);
          method = 'app';
        } else {
          if (!(await repository.spendRecoveryCode(row.id, hashRecoveryCode(code), at)))
            throw wrongCode(WRONG_CODE);
          method = 'recovery-code';
        }
        const expiresAt = new Date(at.getTime() + TRUSTED_BROWSER_DAYS * 24 * 60 * 60 * 1000);
        const trustedBrowser = rememberBrowser
          ? { token: await repository.trustBrowser(row.id, at, expiresAt), expiresAt }
          : null;
        await audit(tx, row, 'verify-two-step', {
          after: {
            method,
            ...(method === 'recovery-code' && {
              recoveryCodesLeft: await repository.recoveryCodesLeft(row.id),
            }),
            ...(trustedBrowser && { browserTrustedUntil: expiresAt.toISOString() }),
          },
        });
        return { ...(await complete(tx, session, at)), user: session.user, trustedBrowser };
      });
    },

    /** Ten new recovery codes for a code from the app; the old ones stop working. */
    async newRecoveryCodes(userId: string, code: string) {
      const row = await account(userId);
      if (!row.totpSecret) throw new ConflictError('Two-step verification is not set up for your account');
      const at = now();
      const step = matchingStep(row.totpSecret, code, at);
      const recoveryCodes = newRecoveryCodes();
      return writeTransaction(db, async (tx) => {
        const repository = twoStepRepository(tx);
        if (step === null || !(await repository.spendStep(row.id, step))) throw wrongCode(WRONG_APP_CODE);
        await repository.replaceRecoveryCodes(row.id, recoveryCodes.map(hashRecoveryCode), at);
        await audit(tx, row, 'replace-recovery-codes');
        return { recoveryCodes };
      });
    },

    /** Anyone but a manager may turn it off, with their password. */
    async turnOff(userId: string, password: string) {
      const row = await account(userId);
      if (requiresTwoStep(row.role))
        throw new AppError(403, 'forbidden', 'Partnership managers must keep two-step verification on');
      if (!(await verifyPassword(password, row.passwordHash))) {
        const message = 'Your password is not right';
        throw new ValidationError(message, [{ path: 'body.password', message }]);
      }
      if (!row.totpSecret) return;
      await writeTransaction(db, async (tx) => {
        await twoStepRepository(tx).clear(row.id);
        await announce(tx, { kind: 'user', id: row.id });
        const before = { twoStepEnabledAt: row.totpEnabledAt?.toISOString() ?? null };
        await audit(tx, row, 'turn-off-two-step', { before });
      });
    },

    /**
     * A manager resets someone else's second factor (a lost phone and no recovery codes): it is gone,
     * with their trusted browsers, and every session of theirs ends. A manager sets it up again at
     * next sign-in; anyone else may.
     */
    async reset(actorId: string | null, userId: string) {
      // One's own second factor goes only by turning it off with the password, which a manager may
      // not do (decision 030): else anyone at a manager's unattended session could take it off.
      if (actorId === userId)
        throw new AppError(
          403,
          'forbidden',
          'You cannot reset your own two-step verification: another partnership manager can reset it for you',
        );
      const row = await account(userId);
      await writeTransaction(db, async (tx) => {
        const at = now();
        await twoStepRepository(tx).clear(row.id);
        await sessionsRepository(tx).revokeAllForUser(row.id, at);
        await announce(tx, { kind: 'user', id: row.id });
        const before = { twoStepEnabledAt: row.totpEnabledAt?.toISOString() ?? null };
        await audit(tx, row, 'reset-two-step', { before }, actorId);
      });
    },
  };
}
