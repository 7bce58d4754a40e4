import type { CreateUserBody, UpdateUserBody, User } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import {
  AppError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import {
  hashPassword,
  refuseWeakPassword,
  SAME_PASSWORD,
  sessionsRepository,
  verifyPassword,
} from '../credentials';
import { updateRequestsService } from '../update-requests';
import { toUser, usersRepository } from './users.repository';

/** Accounts, managed by the partnership manager. Every write is one transaction with its audit entry. */
export function usersService(db: Db, now: () => Date) {
  async function checkPerson(tx: Db, personId: string | null | undefined, userId: string | null) {
    if (!personId) return;
    const repo = usersRepository(tx);
    if (!(await repo.personExists(personId))) {
      throw new ValidationError('No such person', [{ path: 'body.personId', message: 'No such person' }]);
    }
    const linked = await repo.findByPerson(personId);
    if (linked && linked.id !== userId) {
      throw new ConflictError(`That person is already linked to the account ${linked.email}`);
    }
  }

  return {
    async list(): Promise<User[]> {
      return (await usersRepository(db).list()).map(toUser);
    },

    async create(actorId: string, body: CreateUserBody): Promise<User> {
      await refuseWeakPassword(body.password, body, 'body.password');
      const passwordHash = await hashPassword(body.password);
      return writeTransaction(db, async (tx) => {
        const repo = usersRepository(tx);
        if (await repo.findByEmail(body.email))
          throw new ConflictError('An account with that email already exists');
        await checkPerson(tx, body.personId, null);
        const row = await repo.insert({
          email: body.email.trim(),
          displayName: body.displayName,
          role: body.role,
          personId: body.personId ?? null,
          passwordHash,
        });
        const user = toUser(row);
        await recordAudit(tx, {
          actorId,
          entityType: 'user',
          entityId: row.id,
          operation: 'create',
          after: user,
        });
        return user;
      });
    },

    async update(
      actorId: string,
      userId: string,
      body: UpdateUserBody,
      ifMatch: number | null,
    ): Promise<User> {
      return writeTransaction(db, async (tx) => {
        const repo = usersRepository(tx);
        const current = await repo.findById(userId);
        if (!current) throw new NotFoundError('Account');
        assertIfMatch(ifMatch, current, 'account', toUser(current));
        const losesManager = (body.role && body.role !== 'manager') || body.active === false;
        if (current.role === 'manager' && losesManager && (await repo.otherActiveManagers(userId)) === 0) {
          throw new ConflictError('There must always be at least one active partnership manager');
        }
        if (body.personId !== undefined) await checkPerson(tx, body.personId, userId);
        const row = await repo.update(userId, current.version, body, now());
        if (!row) throw new StaleVersionError('This account was changed by someone else', toUser(current));
        if (body.active === false || (body.role && body.role !== current.role)) {
          await sessionsRepository(tx).revokeAllForUser(userId, now());
        }
        // A deactivated account's person loses their emailed links too: a link is no back door.
        if (body.active === false && current.active) {
          const personIds = [...new Set([current.personId, row.personId])].filter((id) => id !== null);
          await updateRequestsService(tx, now).withdrawForPeople(actorId, personIds, 'account-deactivated');
        }
        const user = toUser(row);
        await recordAudit(tx, {
          actorId,
          entityType: 'user',
          entityId: userId,
          operation: 'update',
          before: toUser(current),
          after: user,
        });
        return user;
      });
    },

    /** A manager sets a new password: the account's sessions end at once. */
    async resetPassword(actorId: string, userId: string, password: string): Promise<void> {
      const account = await usersRepository(db).findById(userId);
      if (!account) throw new NotFoundError('Account');
      await refuseWeakPassword(password, account, 'body.password');
      if (await verifyPassword(password, account.passwordHash)) {
        throw new ValidationError(SAME_PASSWORD, [{ path: 'body.password', message: SAME_PASSWORD }]);
      }
      const passwordHash = await hashPassword(password);
      await writeTransaction(db, async (tx) => {
        const repo = usersRepository(tx);
        const current = await repo.findById(userId);
        if (!current) throw new NotFoundError('Account');
        const row = await repo.update(
          userId,
          current.version,
          { passwordHash, passwordChangedAt: now() },
          now(),
        );
        if (!row) throw new AppError(409, 'conflict', 'This account was changed by someone else');
        await sessionsRepository(tx).revokeAllForUser(userId, now());
        await recordAudit(tx, {
          actorId,
          entityType: 'user',
          entityId: userId,
          operation: 'reset-password',
          after: { passwordChangedAt: row.passwordChangedAt.toISOString() },
        });
      });
    },
  };
}
