// Checks replies against the API's own OpenAPI document with Ajv 2020 (JSON Schema 2020-12, OpenAPI
// 3.1's dialect): the status declared, the media type declared for it, the body valid against its
// schema, and the ETag sent exactly where the document says.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { mediaTypeOf } from '../plugins/file-reply';

interface MediaType {
  schema?: unknown;
}
interface Response {
  content?: Record<string, MediaType>;
  headers?: Record<string, unknown>;
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: { enum?: string[] };
}
export interface Operation {
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

export interface SeenReply {
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
}

const DOCUMENT = 'openapi.json';
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Ajv 2020 as strict as the document allows: unknown keywords refused, formats checked. */
export function ajv2020() {
  // A record keyed by an enum says `required` without `properties`: valid 2020-12, only a lint.
  const ajv = new Ajv2020({
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allErrors: true,
  });
  addFormats(ajv);
  // OpenAPI's name for a schema of bytes: any body read as bytes has it.
  ajv.addFormat('binary', true);
  return ajv;
}

export function documentChecker(document: OpenApiDocument) {
  const ajv = ajv2020();
  // The document's own keys, so its schemas are found by JSON pointer (`#/components/schemas/X`).
  ajv.addVocabulary(['openapi', 'info', 'paths', 'components']);
  ajv.addSchema(document, DOCUMENT);

  /** What is wrong with a reply to `method path`, by the document; none when it keeps to it. */
  function problems(method: string, path: string, reply: SeenReply): string[] {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${path} is not in the document`];
    const status = String(reply.statusCode);
    const declared = operation.responses[status];
    if (!declared)
      return [`${status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`];
    const found: string[] = [];
    const tagged = reply.headers.etag !== undefined;
    if (tagged !== (declared.headers?.etag !== undefined))
      found.push(tagged ? 'an ETag was sent but is not declared' : 'the declared ETag was not sent');
    if (!declared.content) {
      if (reply.rawPayload.length > 0) found.push(`a body was sent but ${status} declares none`);
      return found;
    }
    const type = mediaTypeOf(String(reply.headers['content-type'] ?? ''));
    if (!declared.content[type])
      return [
        ...found,
        `${type} is not declared for ${status} (declared: ${Object.keys(declared.content).join(', ')})`,
      ];
    const validate = ajv.getSchema(
      `${DOCUMENT}#/${pointer('paths', path, method.toLowerCase(), 'responses', status, 'content', type, 'schema')}`,
    );
    if (!validate) return [...found, `no schema for ${status} ${type}`];
    const body = type.endsWith('json')
      ? JSON.parse(reply.rawPayload.toString('utf8'))
      : reply.rawPayload.toString(type.startsWith('text/') ? 'utf8' : 'latin1');
    if (!validate(body)) found.push(`the body does not fit its schema: ${ajv.errorsText(validate.errors)}`);
    return found;
  }

  return { ajv, problems };
}
