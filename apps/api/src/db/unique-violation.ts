/** PostgreSQL's unique_violation, whichever driver raised it and however drizzle wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Runs a write whose uniqueness was checked first; a writer that slipped in between still loses
 * with the caller's error, not a 500.
 */
export async function unlessUniqueViolation<T>(work: Promise<T>, clash: () => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw isUniqueViolation(error) ? clash() : error;
  }
}
