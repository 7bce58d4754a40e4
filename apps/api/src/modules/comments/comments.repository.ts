import type { Comment } from '@ragboard/shared';
import { asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionComments, users } from '../../db/schema';

/** Comments on actions, oldest first, with who wrote them. Comments are never edited. */
export function commentsRepository(db: Db) {
  async function list(scope: SQL): Promise<Comment[]> {
    const rows = await db
      .select({ comment: actionComments, author: users.displayName, authorRole: users.role })
      .from(actionComments)
      .innerJoin(users, eq(users.id, actionComments.authorId))
      .where(scope)
      .orderBy(asc(actionComments.createdAt), asc(actionComments.id));
    return rows.map(({ comment: c, author, authorRole }) => ({
      id: c.id,
      actionId: c.actionId,
      text: c.text,
      author,
      authorRole,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  return {
    forAction: (actionId: string) => list(eq(actionComments.actionId, actionId)),

    async insert(values: typeof actionComments.$inferInsert): Promise<Comment> {
      const [row] = await db.insert(actionComments).values(values).returning({ id: actionComments.id });
      const [comment] = await list(eq(actionComments.id, row!.id));
      return comment!;
    },
  };
}
