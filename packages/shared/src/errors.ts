import { z } from 'zod';

/** Every error the API returns has this one shape. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorised',
  'forbidden',
  'not_found',
  'conflict',
  'stale_version',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** One entry of `error.details` for a refused field. */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
/** `error.details` of a 400: the refused fields, each named by its path ("body.email"). */
export const fieldIssuesSchema = z.array(fieldIssueSchema);

/**
 * `error.details` of a 409 `stale_version`: a write made from a version that is no longer current
 * (its If-Match named another, or another writer claimed it first). `current` is the resource as it
 * now stands; its `version` is the ETag to send to try again (decision 048).
 */
export const staleVersionDetailsSchema = z.object({
  current: z.looseObject({ version: z.number().int() }),
});
export type StaleVersionDetails = z.infer<typeof staleVersionDetailsSchema>;

/** A 409 `stale_version` reply, as the OpenAPI document declares it beside the one error shape. */
export const staleVersionErrorSchema = z
  .object({
    error: z.object({
      code: z.literal('stale_version'),
      message: z.string(),
      details: staleVersionDetailsSchema,
    }),
  })
  .meta({ id: 'StaleVersionError' });
