import { z } from 'zod';
import { roleSchema } from '../roles';

/** What every page needs to know about this installation, signed in or not. */
export const siteSchema = z
  .object({
    /** The demo accounts, whose password is published, can sign in: the data is not for real records. */
    demoData: z.boolean(),
    /** On the demo, its active accounts, for the sign-in page to list; empty anywhere else. */
    demoAccounts: z
      .array(z.object({ email: z.string(), role: roleSchema, displayName: z.string() }))
      .default([]),
    /** The demo's published password; null anywhere else. */
    demoPassword: z.string().nullable().default(null),
  })
  .meta({ id: 'Site' });
export type Site = z.infer<typeof siteSchema>;
