import SwaggerParser from '@apidevtools/swagger-parser';
import { errorResponseSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './test/test-app';

describe('the app', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('answers an unknown API path with 404 in the error shape', async () => {
    const reply = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(reply.statusCode).toBe(404);
    expect(errorResponseSchema.parse(reply.json()).error.code).toBe('not_found');
  });

  it('publishes an OpenAPI document listing its routes', async () => {
    const reply = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(reply.statusCode).toBe(200);
    const doc = reply.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    // An upload, read as a stream rather than by a schema, is described all the same.
    const upload = (doc.paths['/api/imports'] as { post: { requestBody: unknown } }).post.requestBody;
    expect(upload).toMatchObject({
      content: {
        'multipart/form-data': {
          schema: { required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        },
      },
    });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/plans',
        '/api/plans/{planId}',
        '/api/plans/{planId}/kpis',
      ]),
    );
  });

  it('publishes a document valid as the OpenAPI version it declares (3.1), by swagger-parser', async () => {
    const reply = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = reply.json() as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    // validate() rejects with every schema error it finds; it resolves with the document when none.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('serves browsable API docs', async () => {
    const reply = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toMatch(/text\/html/);
  });
});
