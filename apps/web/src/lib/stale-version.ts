import { type StaleVersionDetails, staleVersionDetailsSchema } from '@ragboard/shared';
import { ApiError, type ReplySchema } from './api-client';

/** A parse that says whether it worked, as every schema of @ragboard/shared has. */
interface SafeSchema<T> extends ReplySchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/**
 * A write refused because someone else changed the thing first: the API's 409 `stale_version`
 * (its If-Match named a version no longer current). Any other refusal, 409s included, is not one.
 */
export function isStaleVersion(
  error: unknown,
): error is ApiError & { code: 'stale_version'; details: StaleVersionDetails } {
  return (
    error instanceof ApiError &&
    error.code === 'stale_version' &&
    staleVersionDetailsSchema.safeParse(error.details).success
  );
}

/** The thing as it now stands, from a stale version's refusal, read with its schema; null for any other error. */
export function currentOf<T>(error: unknown, schema: SafeSchema<T>): T | null {
  if (!isStaleVersion(error)) return null;
  const current = schema.safeParse(error.details.current);
  return current.success ? current.data : null;
}
