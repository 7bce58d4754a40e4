import type { FastifyRequest } from 'fastify';
import { AppError, StaleVersionError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Its successful replies carry the version they show as ETag (`versionTag`), as OpenAPI says. */
    etag?: true;
    /** It reads If-Match (`parseIfMatch`), as OpenAPI says: 409 when the version named is not current. */
    ifMatch?: true;
  }
}

/** Versions are PostgreSQL integers: no ETag this API sent names a bigger one. */
const MAX_VERSION = 2_147_483_647;
/** Versions start at 0 (settings not yet saved) or 1: no row has this one. */
const NO_ROW_VERSION = -1;

/** The version an If-Match header names ("3", W/"3" or 3), or null when there is none. */
export function parseIfMatch(request: FastifyRequest): number | null {
  // The OpenAPI document lists the header from the route's config: a route reading it must say so.
  if (!request.routeOptions.config.ifMatch)
    throw new Error(`${request.method} ${request.routeOptions.url} reads If-Match without config.ifMatch`);
  const header = request.headers['if-match'];
  if (header === undefined) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match) throw new AppError(400, 'bad_request', 'If-Match must be an ETag this API sent, such as "3"');
  // A version beyond any integer column is as stale as any other: it becomes one no row has, so
  // it is a 409 and never reaches the database as a query out of range.
  const version = Number(match[1]);
  return version <= MAX_VERSION ? version : NO_ROW_VERSION;
}

/** The ETag of a versioned row's reply: its version, quoted ("3"), as If-Match sends it back. */
export function versionTag(entity: { version: number }): string {
  return `"${entity.version}"`;
}

/** Whether an If-Match names another version than the current one (none given is never stale). */
export function isStale(ifMatch: number | null, version: number): boolean {
  return ifMatch !== null && ifMatch !== version;
}

/**
 * A losing writer gets 409 `stale_version` with the entity as it now stands (`details.current`:
 * `shown`, by default the row as given), never a silent overwrite.
 */
export function assertIfMatch(
  ifMatch: number | null,
  current: { version: number },
  what: string,
  shown: { version: number } = current,
) {
  if (isStale(ifMatch, current.version)) {
    throw new StaleVersionError(`This ${what} was changed by someone else`, shown);
  }
}
