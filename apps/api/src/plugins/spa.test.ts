import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { createTestApp } from '../test/test-app';

describe('serving the SPA from the API’s port', () => {
  const webDistDir = mkdtempSync(join(tmpdir(), 'ragboard-web-'));
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => {
    mkdirSync(join(webDistDir, 'assets'));
    writeFileSync(
      join(webDistDir, 'index.html'),
      '<!doctype html><title>ragboard</title><div id="root"></div>',
    );
    writeFileSync(join(webDistDir, 'assets', 'index-abc123.js'), 'console.log("app")');
    ({ app, close } = await createTestApp({ webDistDir }));
  });
  afterAll(async () => {
    await close();
    rmSync(webDistDir, { recursive: true, force: true });
  });

  it('serves index.html at the root and for any client route, never cached', async () => {
    for (const url of ['/', '/plans/123', '/plans?status=Red']) {
      const reply = await app.inject({ method: 'GET', url });
      expect(reply.statusCode, url).toBe(200);
      expect(reply.headers['content-type']).toMatch(/text\/html/);
      expect(reply.body).toContain('<div id="root">');
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const reply = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['cache-control']).toContain('immutable');
  });

  it('keeps unknown API paths and non-GET requests as 404 errors, not the SPA', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
    const post = await app.inject({ method: 'POST', url: '/plans/123' });
    expect(post.statusCode).toBe(404);
  });
});
