import type { Action } from '@ragboard/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions } from '../../db/schema';
import { AppError, ConflictError, NotFoundError, StaleVersionError } from '../../plugins/errors';
import { isStale } from '../../plugins/etag';
import { actionsRepository } from '../actions/actions.repository';
import type { UpdateAuthor } from './update-author';
import { authorRights, type UpdateRights } from './update-rights';

export const NEEDS = {
  update: 'Only the action’s leads, its delivery-group lead or the manager may update it',
  signOff: 'Only the manager or the priority’s delivery-group lead may sign off or refuse it',
};

/** The steps every write to an action's monthly state shares, inside the write's transaction. */
export function actionWrites(tx: Db, now: () => Date) {
  async function detail(actionId: string): Promise<Action> {
    const action = await actionsRepository(tx).detail(actionId, now());
    if (!action) throw new NotFoundError('Action');
    return action;
  }

  return {
    detail,

    /**
     * Claims the action's next version: of writers holding the same ETag, exactly one gets it, and
     * the others are told who won with the action as it now stands.
     */
    async claimVersion(actionId: string, version: number) {
      const [row] = await tx
        .update(actions)
        .set({ version: sql`${actions.version} + 1`, updatedAt: now() })
        .where(and(eq(actions.id, actionId), eq(actions.version, version)))
        .returning({ version: actions.version });
      if (!row)
        throw new StaleVersionError('This action was changed by someone else', await detail(actionId));
    },

    /** The action, if it exists, the author may do this to it, it is live and the ETag is current. */
    async load(author: UpdateAuthor, actionId: string, ifMatch: number | null, need: keyof typeof NEEDS) {
      const action = await actionsRepository(tx).findById(actionId);
      if (!action) throw new NotFoundError('Action');
      const rights: UpdateRights = await authorRights(tx, author, actionId);
      if (!rights[need]) throw new AppError(403, 'forbidden', NEEDS[need]);
      if (action.archivedAt) throw new ConflictError('This action is archived', await detail(actionId));
      // The conflict's details are read only when there is one: this is every update's path.
      if (isStale(ifMatch, action.version)) {
        throw new StaleVersionError('This action was changed by someone else', await detail(actionId));
      }
      return { action, rights };
    },
  };
}
