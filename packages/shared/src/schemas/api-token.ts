import { z } from 'zod';
import { idSchema } from './common';

/** How long a token may live: Power BI refreshes for months, but never for ever. */
export const API_TOKEN_MAX_DAYS = 366;

/** A read-only token as the manager sees it: never the token itself, which is shown once. */
export const apiTokenSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) }).meta({ id: 'ApiTokenList' });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

export const createApiTokenBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for the token')
    .max(100, 'Name must be 100 characters or fewer'),
  expiresInDays: z.coerce
    .number({ error: 'Enter the number of days the token lasts' })
    .int('Enter a whole number of days')
    .min(1, 'A token lasts at least 1 day')
    .max(API_TOKEN_MAX_DAYS, `A token lasts at most ${API_TOKEN_MAX_DAYS} days`),
});
export type CreateApiTokenBody = z.infer<typeof createApiTokenBodySchema>;

/** The new token's record and, this once, the token itself. */
export const apiTokenCreatedSchema = z
  .object({ apiToken: apiTokenSchema, token: z.string() })
  .meta({ id: 'ApiTokenCreated' });
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;

export const apiTokenParamsSchema = z.object({ tokenId: idSchema });

/** What a token may read, in the words every refusal and page uses. */
export const API_TOKEN_READS =
  'An API token reads the plans, their summaries, KPIs and published reports only';
