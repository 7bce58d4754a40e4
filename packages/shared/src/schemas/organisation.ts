import { z } from 'zod';
import { hasChanges, idSchema, versionSchema } from './common';

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

export const organisationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: organisationKindSchema,
    peopleCount: z.number().int().nonnegative(),
    /** Send it back as If-Match when changing the organisation. */
    version: versionSchema,
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z
  .object({ organisations: z.array(organisationSchema) })
  .meta({ id: 'OrganisationList' });

export const createOrganisationBodySchema = z.object({
  name: z.string().trim().min(1, 'Enter the organisation’s name').max(300),
  kind: organisationKindSchema,
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;

export const updateOrganisationBodySchema = createOrganisationBodySchema
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBodySchema>;

export const organisationParamsSchema = z.object({ organisationId: idSchema });
