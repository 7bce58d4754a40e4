import { z } from 'zod';
import { emailSchema } from './auth';
import { hasChanges, idSchema, versionSchema } from './common';

/** A person as named on an action or outcome: a record, never a bare string. */
export const personRefSchema = z
  .object({ id: idSchema, name: z.string(), organisation: z.string().nullable() })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof personRefSchema>;

export const personSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    role: z.string().nullable(),
    email: z.string().nullable(),
    organisationId: idSchema.nullable(),
    organisation: z.string().nullable(),
    /** The email of the account linked to this person, if any. */
    accountEmail: z.string().nullable(),
    /** Live actions and outcomes this person leads. */
    actionCount: z.number().int().nonnegative(),
    outcomeCount: z.number().int().nonnegative(),
    version: versionSchema,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

export const personListSchema = z.object({ people: z.array(personSchema) }).meta({ id: 'PersonList' });

export const personQuerySchema = z.object({ q: z.string().trim().max(200).optional() });

const personFields = {
  name: z.string().trim().min(1, 'Enter the person’s name').max(200),
  role: z.string().trim().min(1).max(300).nullable(),
  organisationId: idSchema.nullable(),
  email: emailSchema.nullable(),
};

export const createPersonBodySchema = z.object(personFields).partial().required({ name: true });
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;

export const updatePersonBodySchema = z
  .object(personFields)
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const mergePersonBodySchema = z.object({ intoId: idSchema });

export const personParamsSchema = z.object({ personId: idSchema });
