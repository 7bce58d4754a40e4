import { type Access, CSRF_HEADER } from '@ragboard/shared';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { isFileReply } from './file-reply';
import { RETRY_AFTER, type RouteFacts, sharedRefusals, signedIn, WRITES } from './openapi-refusals';

type JsonObject = Record<string, unknown>;
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

const ERROR = { $ref: '#/components/schemas/Error' };
const VERSION_TAG = {
  etag: { type: 'string', description: 'Its version, quoted ("3"): send it back as If-Match to change it' },
};
const CONTENT_TAG = {
  etag: {
    type: 'string',
    description: 'Of these bytes: send it as If-None-Match to be answered 304 while current',
  },
};

const HEADERS = {
  [CSRF_HEADER]: {
    type: 'string',
    description: 'The csrfToken of the sign-in reply: a write with the session cookie needs it (403 without)',
  },
  'if-match': {
    type: 'string',
    description:
      'The ETag of the version you were shown ("3"): 409 with the current one if it has changed since; without it, the write goes ahead',
  },
};

/** Who may call it, as OpenAPI security requirements (none: anyone). */
export function securityOf(access: Access, apiToken: boolean): Record<string, string[]>[] | undefined {
  if (access === 'update-request') return [{ updateRequestLink: [] }];
  if (!signedIn(access)) return undefined;
  return apiToken ? [{ session: [] }, { apiToken: [] }] : [{ session: [] }];
}

function factsOf(route: RouteOptions, requestLimit: boolean): RouteFacts {
  const config = route.config ?? {};
  return {
    method: [route.method].flat()[0]!,
    url: route.url,
    access: config.access ?? 'public',
    apiToken: config.apiToken === true,
    beforeSecondStep: config.beforeSecondStep === true,
    requestLimit,
    database: config.noDatabase !== true,
    ifMatch: config.ifMatch === true,
  };
}

/** Each reply with the headers it carries: the ETag of versioned and cached replies, Retry-After. */
function withHeaders(replies: JsonObject, route: RouteOptions): JsonObject {
  const cached = '304' in replies;
  return Object.fromEntries(
    Object.entries(replies).map(([status, reply]) => {
      const code = Number(status);
      const headers =
        code === 429 || code === 503
          ? RETRY_AFTER
          : code >= 200 && code < 300 && route.config?.etag
            ? VERSION_TAG
            : cached && (code === 200 || code === 304)
              ? CONTENT_TAG
              : null;
      const own = (reply as { headers?: JsonObject }).headers;
      return [status, headers ? { ...(reply as JsonObject), headers: { ...headers, ...own } } : reply];
    }),
  );
}

/** The header parameters the API reads outside the route's schema: the CSRF token and If-Match. */
function withHeaderParameters(headers: unknown, facts: RouteFacts, ifMatch: boolean): unknown {
  const csrf = WRITES.has(facts.method) && signedIn(facts.access);
  if (!csrf && !ifMatch) return headers;
  const own = (headers ?? { type: 'object', properties: {} }) as {
    properties?: JsonObject;
    required?: string[];
  };
  return {
    ...own,
    properties: {
      ...own.properties,
      ...(csrf ? { [CSRF_HEADER]: HEADERS[CSRF_HEADER] } : {}),
      ...(ifMatch ? { 'if-match': HEADERS['if-match'] } : {}),
    },
    required: [...(own.required ?? []), ...(csrf ? [CSRF_HEADER] : [])],
  };
}

/**
 * The swagger transform: fastify-type-provider-zod's (zod to JSON Schema), with each route's file
 * replies published as they are, the refusals every route of its kind may answer, who may call
 * it, and the headers the API reads and sends outside the route's schemas (decision 041).
 */
export function operationTransform(options: { requestLimit: boolean }) {
  return (input: TransformInput) => {
    const own = input.schema?.response as JsonObject | undefined;
    const files = Object.entries(own ?? {}).filter(([, entry]) => isFileReply(entry));
    const response = own && Object.fromEntries(Object.entries(own).filter(([, e]) => !isFileReply(e)));
    const transformed = jsonSchemaTransform({ ...input, schema: { ...input.schema, response } });
    if (!input.schema || transformed.schema.hide) return transformed;

    const { route } = input;
    const facts = factsOf(route, options.requestLimit);
    const replies: JsonObject = {
      ...(transformed.schema.response as JsonObject),
      ...Object.fromEntries(files),
    };
    // A route that declares one of these itself keeps its own words, where it has any; a refusal
    // that may be another shape too is either its declared one or that.
    for (const [status, { alsoOf, ...refusal }] of Object.entries(sharedRefusals(facts))) {
      const declared = replies[status] as JsonObject | undefined;
      const reply: JsonObject = declared
        ? { description: refusal.description, ...declared }
        : { ...ERROR, ...refusal };
      if (!alsoOf) replies[status] = reply;
      else {
        const { description, headers, ...schema } = reply;
        const other = { $ref: `#/components/schemas/${alsoOf}` };
        replies[status] = { description, ...(headers ? { headers } : {}), anyOf: [schema, other] };
      }
    }
    const documentedBody = route.config?.documentedBody;
    const schema: JsonObject = {
      ...transformed.schema,
      response: withHeaders(replies, route),
      headers: withHeaderParameters(transformed.schema.headers, facts, route.config?.ifMatch === true),
      security: securityOf(facts.access, facts.apiToken && facts.method === 'GET'),
      ...(documentedBody ? { body: documentedBody } : {}),
    };
    for (const key of ['headers', 'security']) if (schema[key] === undefined) delete schema[key];
    return { ...transformed, schema };
  };
}
