import { z } from 'zod';
import { hasChanges, idSchema } from './common';
import { slugSchema } from './plan';

/** What the public page's data may be reused under, unless the manager names another licence. */
export const DEFAULT_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/** The items the manager approves for the public page, one by one. */
export const PUBLIC_ITEM_KINDS = ['action', 'kpi'] as const;
export const publicItemKindSchema = z.enum(PUBLIC_ITEM_KINDS);
export type PublicItemKind = z.infer<typeof publicItemKindSchema>;

/**
 * A version that is 0 for something not saved yet (a plan's publication settings, an item's
 * summary): an If-Match of "0" then means "I saw nothing there".
 */
export const draftVersionSchema = z.number().int().nonnegative();

export const publicationSettingsSchema = z
  .object({
    planId: idSchema,
    /** The public page and its data answer only while this is on. */
    public: z.boolean(),
    /** The page's address: /public/<slug>. */
    slug: z.string(),
    /** Leads show by role and organisation; by name too only when this is on. */
    showLeadNames: z.boolean(),
    licenceName: z.string(),
    licenceUrl: z.string().nullable(),
    version: draftVersionSchema,
  })
  .meta({ id: 'PublicationSettings' });
export type PublicationSettings = z.infer<typeof publicationSettingsSchema>;

export const updatePublicationBodySchema = z
  .object({
    public: z.boolean(),
    slug: slugSchema.min(1, 'Enter the page’s address, such as send-improvement-plan'),
    showLeadNames: z.boolean(),
    licenceName: z.string().trim().min(1, 'Enter the licence’s name').max(200),
    licenceUrl: z
      .url({ protocol: /^https?$/, message: 'Enter the licence’s web address, starting https://' })
      .max(500)
      .regex(/^\S+$/, 'A web address has no spaces')
      .nullable(),
  })
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdatePublicationBody = z.infer<typeof updatePublicationBodySchema>;

export const glossaryTermSchema = z
  .object({
    id: idSchema,
    /** As it is written in the plan: "EHCP", "PfA"; an acronym is matched with its capitals. */
    term: z.string(),
    expansion: z.string(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'GlossaryTerm' });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryTermBodySchema = z.object({
  term: z
    .string()
    .trim()
    .min(1, { message: 'Enter the term, such as EHCP', abort: true })
    .max(60, 'A term must be 60 characters or fewer')
    .regex(/[\p{L}\p{N}]/u, 'A term needs a letter or a digit'),
  expansion: z
    .string()
    .trim()
    .min(1, 'Enter what the term means')
    .max(300, 'A meaning must be 300 characters or fewer'),
});
export type GlossaryTermBody = z.infer<typeof glossaryTermBodySchema>;

export const updateGlossaryTermBodySchema = glossaryTermBodySchema
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdateGlossaryTermBody = z.infer<typeof updateGlossaryTermBodySchema>;

export const glossaryTermParamsSchema = z.object({ termId: idSchema });

const summaryText = (what: string) =>
  z.string().trim().max(2000, `“${what}” must be 2,000 characters or fewer`);

/** What the lead or the manager writes for the public: short sentences in plain English. */
export const writePublicSummaryBodySchema = z.object({
  said: summaryText('What we said we would do'),
  happened: summaryText('What has happened'),
});
export type WritePublicSummaryBody = z.infer<typeof writePublicSummaryBodySchema>;

/**
 * An action's or KPI's plain-English summary. The draft is what its lead or the manager last
 * wrote; `published` is the text the manager approved, which the public page shows until it is
 * approved again or withdrawn.
 */
export const publicSummarySchema = z
  .object({
    kind: publicItemKindSchema,
    itemId: idSchema,
    planId: idSchema,
    ref: z.string(),
    /** The item in the plan's own words (an action's title, a KPI's statement): never published. */
    title: z.string(),
    said: z.string(),
    happened: z.string(),
    writtenBy: z.string().nullable(),
    writtenAt: z.iso.datetime().nullable(),
    published: z
      .object({
        said: z.string(),
        happened: z.string(),
        approvedBy: z.string().nullable(),
        approvedAt: z.iso.datetime(),
      })
      .nullable(),
    /** Published, but the draft has changed since: the page shows the approved text until re-approved. */
    changedSinceApproval: z.boolean(),
    version: draftVersionSchema,
  })
  .meta({ id: 'PublicSummary' });
export type PublicSummary = z.infer<typeof publicSummarySchema>;

/** Everything the manager's publication page shows: the settings, the glossary and every item. */
export const publicationSchema = z
  .object({
    settings: publicationSettingsSchema,
    glossary: z.array(glossaryTermSchema),
    items: z.array(publicSummarySchema),
  })
  .meta({ id: 'Publication' });
export type Publication = z.infer<typeof publicationSchema>;

export const publicItemParamsSchema = z.object({ itemId: idSchema });
