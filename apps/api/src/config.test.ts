import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ragboard-config-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('configuration', () => {
  it('defaults to port 3000 on 127.0.0.1, the embedded database in ./data, with the demo', () => {
    const dir = tempDir();
    const config = loadConfig({ RAGBOARD_DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', demo: true });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: dir });
    expect(loadConfig({ RAGBOARD_DATA_DIR: dir, RAGBOARD_DEMO: '0' }).demo).toBe(false);
  });

  it('loads the demo by default only on a loopback HOST; elsewhere only with RAGBOARD_DEMO=1, saying why', () => {
    const dir = tempDir();
    for (const host of ['127.0.0.1', '127.10.0.1', 'localhost', '::1', '[::1]'])
      expect(loadConfig({ RAGBOARD_DATA_DIR: dir, HOST: host }), host).toMatchObject({
        demo: true,
        demoWithheld: null,
      });
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'ragboard.example.org']) {
      const config = loadConfig({ RAGBOARD_DATA_DIR: dir, HOST: host });
      expect(config.demo, host).toBe(false);
      expect(config.demoWithheld).toContain(`HOST ${host} is reachable from other machines`);
      expect(config.demoWithheld).toContain('RAGBOARD_DEMO=1');
    }
    expect(loadConfig({ RAGBOARD_DATA_DIR: dir, HOST: '0.0.0.0', RAGBOARD_DEMO: '1' })).toMatchObject({
      demo: true,
      demoWithheld: null,
    });
  });

  it('generates the session secret once and keeps it in the data folder', () => {
    const dir = tempDir();
    const first = loadConfig({ RAGBOARD_DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ RAGBOARD_DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'session-secret')).mode & 0o077).toBe(0);
  });

  it('uses PostgreSQL with DATABASE_URL, requires SESSION_SECRET there, and loads the demo only when asked', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/ragboard';
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/SESSION_SECRET is required with DATABASE_URL/);
    const secret = 'x'.repeat(32);
    const config = loadConfig({ DATABASE_URL: url, SESSION_SECRET: secret });
    expect(config.database).toEqual({ kind: 'postgres', url });
    expect(config.demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, SESSION_SECRET: secret, RAGBOARD_DEMO: '1' }).demo).toBe(true);
  });

  it('takes the API-wide request limit from RAGBOARD_RATE_LIMIT, 0 for none, refusing anything else', () => {
    const dir = tempDir();
    expect(loadConfig({ RAGBOARD_DATA_DIR: dir }).requestsPerMinute).toBe(3000);
    expect(loadConfig({ RAGBOARD_DATA_DIR: dir, RAGBOARD_RATE_LIMIT: '20000' }).requestsPerMinute).toBe(
      20000,
    );
    expect(loadConfig({ RAGBOARD_DATA_DIR: dir, RAGBOARD_RATE_LIMIT: '0' }).requestsPerMinute).toBe(false);
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, RAGBOARD_RATE_LIMIT: 'lots' })).toThrow(
      /RAGBOARD_RATE_LIMIT must be a number of requests a minute, or 0 for no limit \(got "lots"\)/,
    );
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, RAGBOARD_RATE_LIMIT: '-5' })).toThrow(
      /RAGBOARD_RATE_LIMIT must be 0 \(no limit\) or more/,
    );
  });

  it('refuses a bad value with a message naming the variable and the value', () => {
    const dir = tempDir();
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, PORT: 'eighty' })).toThrow(/PORT .*\(got "eighty"\)/);
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, PORT: '70000' })).toThrow(/PORT must be 0 to 65535/);
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, RAGBOARD_DEMO: 'maybe' })).toThrow(
      /RAGBOARD_DEMO must be 1 or 0/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', SESSION_SECRET: 'x'.repeat(32) })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
    expect(() => loadConfig({ RAGBOARD_DATA_DIR: dir, SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
  });
});
