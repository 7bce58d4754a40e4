import type { Access } from '@ragboard/shared';

/** What the OpenAPI document needs to know of a route to say how the API may refuse it. */
export interface RouteFacts {
  method: string;
  url: string;
  access: Access;
  /** `config.apiToken`: a GET an API token may make. */
  apiToken: boolean;
  /** `config.beforeSecondStep`: open to a session still waiting for its second step. */
  beforeSecondStep: boolean;
  /** Whether the API-wide request limit is on: it counts every request, before authentication (decision 042). */
  requestLimit: boolean;
  /** Whether its answer needs the database (`config.noDatabase` says it does not). */
  database: boolean;
  /** `config.ifMatch`: it reads If-Match, so a stale version is refused (decision 048). */
  ifMatch: boolean;
}

export interface Refusal {
  description: string;
  headers?: Record<string, { type: 'string'; description: string }>;
  /** Another reply it may be besides the one error shape (`Error`), as a component. */
  alsoOf?: string;
}

export const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const RETRY_AFTER = {
  'retry-after': { type: 'string', description: 'Seconds to wait before trying again' },
} as const;

/** Whether a route is reached with the session cookie (or, where it allows, an API token). */
export const signedIn = (access: Access) => access !== 'public' && access !== 'update-request';

/** Why a signed-in route answers 403, in the order the authentication hook checks. */
function forbiddenBecause(route: RouteFacts): string {
  const reasons = [
    route.apiToken && route.method === 'GET'
      ? null
      : 'an API token (tokens read only the plans, summaries, KPIs and reports)',
    WRITES.has(route.method) ? 'a write without the session’s X-CSRF-Token header' : null,
    route.beforeSecondStep ? null : 'a session still waiting for its second step',
    Array.isArray(route.access) ? 'a role this route does not allow' : null,
  ].filter(Boolean);
  return `Forbidden: ${reasons.join('; ')}`;
}

/**
 * The refusals a route may answer whatever its own schema says, because of how every request is
 * handled before its handler: by the routing of ids (404), the text check and validation (400),
 * authentication (401, 403), body parsing (413, 415), the request limit (429) and the error
 * handler's reading of a database out of reach (503). The OpenAPI document adds each one a
 * route does not already declare, so it is said once, here, and true of every route.
 */
export function sharedRefusals(route: RouteFacts): Record<number, Refusal> {
  const refusals: Record<number, Refusal> = {
    // Every route's query string and body pass the text check (plugins/text-input.ts).
    400: {
      description:
        'Refused input: the query string or body fails its schema, or holds text that cannot be stored (a NUL character or a lone surrogate)',
    },
  };
  if (route.database)
    refusals[503] = {
      description: 'The database is out of reach: try again after Retry-After',
      headers: { ...RETRY_AFTER },
    };
  if (route.url.includes(':'))
    refusals[404] = { description: 'Not found: an id that names nothing, or is not an id at all' };
  if (route.access === 'update-request')
    refusals[401] = { description: 'No working link in the X-Update-Request header' };
  if (signedIn(route.access)) {
    refusals[401] = { description: 'Not signed in, or the API token is not valid (expired or revoked)' };
    refusals[403] = { description: forbiddenBecause(route) };
  }
  if (WRITES.has(route.method)) {
    refusals[413] = {
      description: 'The body is larger than this route takes (1 MB of JSON, unless it says)',
    };
    refusals[415] = {
      description: 'The body is of a type the API does not take: JSON, or multipart/form-data for an upload',
    };
  }
  // A write from a version no longer current, told apart from every other clash by its code.
  if (route.ifMatch)
    refusals[409] = {
      description:
        'stale_version: the If-Match names a version that is no longer current, or another writer claimed it first; error.details.current is the resource as it now stands, its version the ETag to send. Any other clash with what is stored is conflict',
      alsoOf: 'StaleVersionError',
    };
  if (route.requestLimit)
    refusals[429] = {
      description: 'Too many requests from this address: try again after Retry-After',
      headers: { ...RETRY_AFTER },
    };
  return refusals;
}
