import { UPDATE_REQUEST_HEADER } from '@ragboard/shared';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from './auth';

/** How a caller proves who it is: each operation names the ones it takes (`security`). */
export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The signed session cookie set by POST /api/auth/login. A write needs the X-CSRF-Token header too, from the same reply.',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A read-only API token (rgb_…) made by the partnership manager, for reporting tools: only on the reads that say so, as a board member.',
  },
  updateRequestLink: {
    type: 'apiKey',
    in: 'header',
    name: UPDATE_REQUEST_HEADER,
    description: 'The token at the end of a lead’s emailed update link (/update/<token>): no account needed.',
  },
} as const;

type TransformObjectInput = Parameters<typeof jsonSchemaTransformObject>[0];
type SchemaObject = Record<string, unknown>;

/**
 * fastify-type-provider-zod names each component `$id: "#/components/schemas/X"` and gives it its
 * own `$schema`. JSON Schema 2020-12 (OpenAPI 3.1's dialect) forbids a fragment in `$id`, so a
 * validator such as Ajv 2020 refuses the document; the `$ref`s already say where each one is.
 */
function withoutIdentity({ $id: _id, $schema: _dialect, ...schema }: SchemaObject): SchemaObject {
  return schema;
}

/** The swagger object transform: the zod registry's components, each a plain 2020-12 schema. */
export function componentsTransform(input: TransformObjectInput) {
  const document = jsonSchemaTransformObject(input) as {
    components?: { schemas?: Record<string, SchemaObject> };
  };
  const schemas = document.components?.schemas ?? {};
  return {
    ...document,
    components: {
      ...document.components,
      schemas: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, withoutIdentity(s)])),
    },
  };
}
