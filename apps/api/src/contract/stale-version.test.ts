// Decision 048: a write made from a version that is no longer current is told apart from every other
// clash by its code: 409 `stale_version`, the resource as it now stands in `details.current`, as the
// document declares on every route that reads If-Match. Any other 409 stays `conflict`.
import { errorResponseSchema, planSchema, prioritySchema, staleVersionErrorSchema } from '@ragboard/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { requestsAs } from '../test/requests';
import { signInAs } from '../test/sign-in';
import { createTestApp } from '../test/test-app';
import { documentChecker, type OpenApiDocument } from './openapi-document';

const ctx = await createTestApp({ requestsPerMinute: false });
afterAll(() => ctx.close());
const document = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
const { problems } = documentChecker(document);

describe('a stale version', () => {
  it('is declared on every operation that reads If-Match: the one error shape, or StaleVersionError', () => {
    const readers = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) =>
          operation.parameters?.some((p) => p.in === 'header' && p.name === 'if-match'),
        )
        .map(([method, operation]) => ({ at: `${method.toUpperCase()} ${path}`, operation })),
    );
    expect(readers.length).toBeGreaterThan(20);
    for (const { at, operation } of readers) {
      const reply = operation.responses['409'] as
        | { description?: string; content?: Record<string, { schema?: { anyOf?: unknown[] } }> }
        | undefined;
      expect([at, reply?.description]).toEqual([at, expect.stringMatching(/^stale_version: /)]);
      expect([at, reply?.content?.['application/json']?.schema?.anyOf]).toEqual([
        at,
        [{ $ref: '#/components/schemas/Error' }, { $ref: '#/components/schemas/StaleVersionError' }],
      ]);
    }
    expect(document.components.schemas.StaleVersionError).toBeDefined();
  });

  it('is answered with its own code and the resource as it now stands; a ref taken stays conflict', async () => {
    const send = requestsAs(ctx.app, await signInAs(ctx.app, 'manager'));
    const created = await send('POST', '/api/plans', {
      title: 'A plan written by two',
      periodStart: '2026-01',
      periodEnd: '2026-12',
    });
    const plan = planSchema.parse(created.json());
    const path = '/api/plans/{planId}';
    const url = `/api/plans/${plan.id}`;
    expect((await send('PATCH', url, { title: 'Renamed' }, { 'if-match': '"1"' })).statusCode).toBe(200);

    const stale = await send('PATCH', url, { title: 'Lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(problems('PATCH', path, stale)).toEqual([]);
    const { error } = staleVersionErrorSchema.parse(stale.json());
    expect(error.details.current).toMatchObject({ id: plan.id, title: 'Renamed', version: 2 });

    // Two priorities numbered alike: a clash with what is stored, not a stale version.
    const priorities = `/api/plans/${plan.id}/priorities`;
    expect((await send('POST', priorities, { ref: '1', title: 'First' })).statusCode).toBe(201);
    const second = prioritySchema.parse(
      (await send('POST', priorities, { ref: '2', title: 'Second' })).json(),
    );
    const taken = await send('PATCH', `/api/priorities/${second.id}`, { ref: '1' }, { 'if-match': '"1"' });
    expect(taken.statusCode).toBe(409);
    expect(problems('PATCH', '/api/priorities/{priorityId}', taken)).toEqual([]);
    expect(errorResponseSchema.parse(taken.json()).error.code).toBe('conflict');
  });
});
