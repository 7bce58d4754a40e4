import { passwordSchema } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import { hashPassword, passwordProblem } from '../credentials';
import { toUser, usersRepository } from './users.repository';

export class FirstManagerError extends Error {}

/** The first partnership manager of a new database; more accounts are made by that manager. */
export async function createFirstManager(
  db: Db,
  input: { email: string; displayName: string; password: string },
) {
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) throw new FirstManagerError(password.error.issues[0]!.message);
  if (!/^[^\s@]+@[^\s@]+$/.test(input.email))
    throw new FirstManagerError(`"${input.email}" is not an email address`);
  const problem = await passwordProblem(input.password, input);
  if (problem) throw new FirstManagerError(problem);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, async (tx) => {
    const repo = usersRepository(tx);
    if (await repo.hasManager())
      throw new FirstManagerError('A manager account exists already: sign in as a manager to add accounts.');
    const row = await repo.insert({
      email: input.email.trim(),
      displayName: input.displayName.trim() || input.email.trim(),
      role: 'manager',
      passwordHash,
    });
    await recordAudit(tx, {
      actorId: null,
      entityType: 'user',
      entityId: row.id,
      operation: 'create-first-manager',
      after: toUser(row),
    });
    return toUser(row);
  });
}
