import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { createTestApp } from '../test/test-app';

const INDEX = '<!doctype html><title>ragboard</title><div id="root"></div>';
const SCRIPT = `console.log(${JSON.stringify('app '.repeat(200))})`;
const BROWSER = 'gzip, deflate, br, zstd';

/** A file as `pnpm build` leaves it: the plain bytes and, beside them, their .br and .gz. */
function writeWithCompressed(file: string, text: string) {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

describe('serving the SPA from the API’s port', () => {
  const webDistDir = mkdtempSync(join(tmpdir(), 'ragboard-web-'));
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => {
    mkdirSync(join(webDistDir, 'assets'));
    writeWithCompressed(join(webDistDir, 'index.html'), INDEX);
    writeWithCompressed(join(webDistDir, 'assets', 'index-abc123.js'), SCRIPT);
    // Too small to be worth compressing: the build leaves it alone.
    writeFileSync(join(webDistDir, 'assets', 'tiny-def456.js'), 'export{}');
    ({ app, close } = await createTestApp({ webDistDir }));
  });
  afterAll(async () => {
    await close();
    rmSync(webDistDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('serves index.html at the root and for any client route, never cached', async () => {
    for (const url of ['/', '/plans/123', '/plans?status=Red']) {
      const reply = await get(url);
      expect(reply.statusCode, url).toBe(200);
      expect(reply.headers['content-type']).toMatch(/text\/html/);
      expect(reply.body).toContain('<div id="root">');
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const reply = await get('/assets/index-abc123.js');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['cache-control']).toContain('immutable');
  });

  it('sends a browser that accepts brotli the .br made at build, still cached for good', async () => {
    const reply = await get('/assets/index-abc123.js', BROWSER);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toMatch(/javascript/);
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(reply.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client that accepts gzip and not brotli', async () => {
    for (const accepted of ['gzip', 'br;q=0, gzip']) {
      const reply = await get('/assets/index-abc123.js', accepted);
      expect(reply.headers['content-encoding'], accepted).toBe('gzip');
      expect(reply.headers.vary).toMatch(/accept-encoding/i);
      expect(gunzipSync(reply.rawPayload).toString()).toBe(SCRIPT);
    }
  });

  it('sends the plain file to a client that asks for no encoding, or one there is no file for', async () => {
    for (const accepted of [undefined, 'identity', 'zstd']) {
      const reply = await get('/assets/index-abc123.js', accepted);
      expect(reply.headers['content-encoding'], accepted).toBeUndefined();
      expect(reply.headers.vary).toMatch(/accept-encoding/i);
      expect(reply.body).toBe(SCRIPT);
    }
    const tiny = await get('/assets/tiny-def456.js', BROWSER);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body).toBe('export{}');
  });

  it('sends index.html compressed for client routes, and still never cached', async () => {
    const reply = await get('/plans/123', BROWSER);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toMatch(/text\/html/);
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(reply.rawPayload).toString()).toBe(INDEX);
  });

  it('gives the compressed files no address of their own', async () => {
    const reply = await get('/assets/index-abc123.js.br', BROWSER);
    expect(reply.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(reply.rawPayload).toString()).toBe(INDEX);
  });

  it('keeps unknown API paths and non-GET requests as 404 errors, not the SPA', async () => {
    const api = await get('/api/unknown');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
    const post = await app.inject({ method: 'POST', url: '/plans/123' });
    expect(post.statusCode).toBe(404);
  });
});
