import { z } from 'zod';
import { idSchema } from './common';

export const ORGANISATION_KINDS = [
  'council',
  'icb',
  'nhs_trust',
  'school_or_college',
  'parent_carer_forum',
  'young_people',
  'voluntary_sector',
  'other',
] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** A person as named on an action or outcome: a record, never a bare string. */
export const personRefSchema = z
  .object({ id: idSchema, name: z.string(), organisation: z.string().nullable() })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof personRefSchema>;
