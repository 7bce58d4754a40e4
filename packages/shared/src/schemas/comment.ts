import { z } from 'zod';
import { roleSchema } from '../roles';
import { idSchema } from './common';

export const createCommentBodySchema = z.object({
  text: z.string().trim().min(1, 'Enter your comment').max(5000, 'Keep it under 5,000 characters'),
});
export type CreateCommentBody = z.infer<typeof createCommentBodySchema>;

export const commentSchema = z
  .object({
    id: idSchema,
    actionId: idSchema,
    text: z.string(),
    author: z.string(),
    authorRole: roleSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Comment' });
export type Comment = z.infer<typeof commentSchema>;

/** An action's comments, oldest first, as a conversation reads. */
export const commentListSchema = z
  .object({ comments: z.array(commentSchema), mayComment: z.boolean() })
  .meta({ id: 'CommentList' });
export type CommentList = z.infer<typeof commentListSchema>;
