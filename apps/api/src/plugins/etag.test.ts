import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandling } from './errors';
import { parseIfMatch } from './etag';

/** A bare app with one route reading If-Match, declared (`config.ifMatch`) or not. */
async function appReadingIfMatch(declared: boolean) {
  const app = Fastify();
  await app.register(errorHandling);
  app.patch('/thing', { config: declared ? { ifMatch: true } : {} }, async (request) => ({
    version: parseIfMatch(request),
  }));
  return app;
}

describe('If-Match, as the OpenAPI document lists it', () => {
  it('is read on a route that declares it: the version it names, or none', async () => {
    const app = await appReadingIfMatch(true);
    const patch = (headers: Record<string, string>) =>
      app.inject({ method: 'PATCH', url: '/thing', headers });
    expect((await patch({ 'if-match': '"3"' })).json()).toEqual({ version: 3 });
    expect((await patch({})).json()).toEqual({ version: null });
    expect((await patch({ 'if-match': 'soon' })).statusCode).toBe(400);
  });

  it('fails a route that reads it without declaring it, so its tests find the missing declaration', async () => {
    const app = await appReadingIfMatch(false);
    const reply = await app.inject({ method: 'PATCH', url: '/thing', headers: { 'if-match': '"3"' } });
    expect(reply.statusCode).toBe(500);
  });
});
