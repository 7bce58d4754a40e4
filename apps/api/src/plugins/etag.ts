import type { FastifyRequest } from 'fastify';
import { AppError, ConflictError } from './errors';

/** Versions are PostgreSQL integers: no ETag this API sent names a bigger one. */
const MAX_VERSION = 2_147_483_647;

/** The version an If-Match header names ("3", W/"3" or 3), or null when there is none. */
export function parseIfMatch(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (header === undefined) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  const version = match ? Number(match[1]) : Number.NaN;
  // Out of range it could only reach the database as a query error: refuse it here, as any other.
  if (!(version <= MAX_VERSION))
    throw new AppError(400, 'bad_request', 'If-Match must be an ETag this API sent, such as "3"');
  return version;
}

/** A losing writer gets 409 with the entity as it now stands, never a silent overwrite. */
export function assertIfMatch(ifMatch: number | null, current: { version: number }, what: string) {
  if (ifMatch !== null && ifMatch !== current.version) {
    throw new ConflictError(`This ${what} was changed by someone else`, current);
  }
}
