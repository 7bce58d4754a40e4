import { type CommentList, type CreateCommentBody, mayAccess, type SessionUser } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError } from '../../plugins/errors';
import { actionsRepository } from '../actions';
import { commentsRepository } from './comments.repository';

/** Who may comment on an action: the forum, the leads and the manager; the board reads. */
export const COMMENTERS = ['manager', 'lead', 'forum'] as const;

export function commentsService(db: Db, now: () => Date) {
  async function action(tx: Db, actionId: string) {
    const row = await actionsRepository(tx).findById(actionId);
    if (!row) throw new NotFoundError('Action');
    return row;
  }

  return {
    async forAction(user: SessionUser, actionId: string): Promise<CommentList> {
      const row = await action(db, actionId);
      return {
        comments: await commentsRepository(db).forAction(actionId),
        mayComment: mayAccess(COMMENTERS, user.role) && !row.archivedAt,
      };
    },

    add: (user: SessionUser, actionId: string, body: CreateCommentBody) =>
      writeTransaction(db, async (tx) => {
        const row = await action(tx, actionId);
        if (row.archivedAt) throw new ConflictError('This action is archived');
        const comment = await commentsRepository(tx).insert({
          planId: row.planId,
          actionId,
          text: body.text,
          authorId: user.id,
          createdAt: now(),
        });
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: row.planId,
          entityType: 'comment',
          entityId: comment.id,
          operation: 'create',
          after: comment,
        });
        return comment;
      }),
  };
}
