// The OpenAPI document a client is generated from (issue 33): valid JSON Schema 2020-12 for Ajv,
// files declared as files, and who may call each operation and how.
import { CSRF_HEADER } from '@ragboard/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/test-app';
import { documentPath } from './get-requests';
import { ajv2020, documentChecker, type OpenApiDocument } from './openapi-document';

const ctx = await createTestApp();
afterAll(() => ctx.close());
const document = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
const operationOf = (method: string, url: string) =>
  document.paths[documentPath(url)]![method.toLowerCase()]!;

describe('the document as JSON Schema 2020-12', () => {
  it('has components Ajv 2020 takes as they are: no $id with a fragment, no $schema of their own', () => {
    const ajv = ajv2020();
    const refused = Object.entries(document.components.schemas)
      .filter(([, schema]) => !ajv.validateSchema(schema as object))
      .map(([name]) => `${name}: ${ajv.errorsText(ajv.errors)}`);
    expect(refused).toEqual([]);
  });

  it('compiles, with Ajv 2020, every schema of every reply it declares', () => {
    const { ajv } = documentChecker(document);
    const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(operations))
        for (const [status, reply] of Object.entries(operation.responses))
          for (const type of Object.keys(reply.content ?? {})) {
            // getSchema compiles it, and throws at a schema Ajv refuses.
            const at = `paths/${esc(path)}/${method}/responses/${status}/content/${esc(type)}/schema`;
            if (!ajv.getSchema(`openapi.json#/${at}`)) missing.push(at);
          }
    expect(missing).toEqual([]);
  });
});

describe('what a caller must send', () => {
  it('names the session cookie and the API token as security schemes', () => {
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'ragboard_session' },
      apiToken: { type: 'http', scheme: 'bearer' },
      updateRequestLink: { type: 'apiKey', in: 'header', name: 'x-update-request' },
    });
  });

  it('gives each operation the security of its access: the token only where the route takes one', () => {
    for (const route of ctx.app.routeTable.filter((r) => !r.url.startsWith('/api/docs'))) {
      const expected =
        route.access === 'public'
          ? undefined
          : route.access === 'update-request'
            ? [{ updateRequestLink: [] }]
            : route.apiToken
              ? [{ session: [] }, { apiToken: [] }]
              : [{ session: [] }];
      expect([route.method, route.url, operationOf(route.method, route.url).security]).toEqual([
        route.method,
        route.url,
        expected,
      ]);
    }
  });

  it('asks for X-CSRF-Token on every write made with the session, and If-Match where it is read', () => {
    for (const route of ctx.app.routeTable.filter((r) => r.method !== 'GET')) {
      const headers = (operationOf(route.method, route.url).parameters ?? []).filter(
        (p) => p.in === 'header',
      );
      const csrf = headers.find((p) => p.name === CSRF_HEADER);
      const cookie = route.access !== 'public' && route.access !== 'update-request';
      expect([route.method, route.url, csrf?.required ?? false]).toEqual([route.method, route.url, cookie]);
    }
    const names = (method: string, url: string) =>
      (operationOf(method, url).parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
    expect(names('PATCH', '/api/reports/:reportId')).toContain('if-match');
    expect(names('POST', '/api/plans/:planId/reports')).not.toContain('if-match');
  });
});

describe('files', () => {
  const FILES = {
    '/api/reports/{reportId}/export': ['application/pdf', 'text/csv', 'text/html'],
    '/api/plans/{planId}/export': [
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    '/api/plans/{planId}/readiness-pack': [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    '/api/attachments/{attachmentId}': ['application/pdf', 'image/png', 'image/jpeg'],
    '/api/public/plans/{slug}/files/{attachmentId}': ['application/pdf', 'image/png'],
    '/api/public/plans/{slug}/data.csv': ['text/csv'],
  };

  it('declares each download with its own media types and a schema of bytes or text, never JSON', () => {
    for (const [path, types] of Object.entries(FILES)) {
      const declared = document.paths[path]!.get!.responses['200']!.content!;
      expect([path, Object.keys(declared)]).toEqual([path, expect.arrayContaining(types)]);
      expect(declared['application/json']).toBeUndefined();
      for (const [type, { schema }] of Object.entries(declared))
        expect(schema).toEqual(
          type.startsWith('text/')
            ? { type: 'string', contentMediaType: type }
            : { type: 'string', format: 'binary', contentMediaType: type },
        );
    }
  });
});
