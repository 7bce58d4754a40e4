import { z } from 'zod';

/** What every page needs to know about this installation, signed in or not. */
export const siteSchema = z
  .object({
    /** The demo accounts, whose password is published, can sign in: the data is not for real records. */
    demoData: z.boolean(),
  })
  .meta({ id: 'Site' });
export type Site = z.infer<typeof siteSchema>;
