import { z } from 'zod';
import { passwordSchema, roleSchema } from '../roles';
import { emailSchema, sessionUserSchema } from './auth';
import { idSchema, versionSchema } from './common';

/** An account as the manager sees it: the session's user, with its state. */
export const userSchema = sessionUserSchema
  .extend({
    active: z.boolean(),
    /** Whether the account has two-step verification set up. */
    twoStepEnabled: z.boolean(),
    createdAt: z.iso.datetime(),
    version: versionSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) }).meta({ id: 'UserList' });

export const createUserBodySchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1, 'Enter a name').max(200),
  role: roleSchema,
  personId: idSchema.nullable().optional(),
  password: passwordSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    displayName: z.string().trim().min(1, 'Enter a name').max(200),
    role: roleSchema,
    personId: idSchema.nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.object({ password: passwordSchema });

export const userParamsSchema = z.object({ userId: idSchema });
