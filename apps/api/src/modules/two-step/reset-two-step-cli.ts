import type { Db } from '../../db/client';
import { usersRepository } from '../users';
import { twoStepService } from './two-step.service';

export class ResetTwoStepError extends Error {}

/**
 * From the server's shell, for a manager with no other manager to ask: their second factor goes
 * (audited, with no actor) and they set it up again at next sign-in. Whoever runs it can already
 * read the whole database.
 */
export async function resetTwoStepByEmail(db: Db, email: string, now: () => Date = () => new Date()) {
  const row = await usersRepository(db).findByEmail(email);
  if (!row) throw new ResetTwoStepError(`There is no account with the email address ${email}`);
  await twoStepService(db, now).reset(null, row.id);
  return row;
}
