// Every operation the API publishes, read from its own OpenAPI document, so a route added
// tomorrow is fuzzed tomorrow without touching the fuzzer.

/** The part of JSON Schema that fastify-type-provider-zod emits for our zod schemas. */
export interface JsonSchema {
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: Method;
  /** The OpenAPI path, with `{param}` placeholders. */
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The application/json request body's schema, if the operation takes one. */
  body: JsonSchema | null;
}

interface OpenApiOperation {
  parameters?: (Parameter & { in: string })[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export function operationsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }) {
  const operations: Operation[] = [];
  for (const [path, byMethod] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      const parameters = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase() as Method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        query: parameters.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

export const describeOperation = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;
