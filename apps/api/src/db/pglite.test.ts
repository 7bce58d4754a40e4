import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { type Database, openPglite } from './client';
import { DataDirVersionError, PGLITE_POSTGRES_MAJOR } from './pglite-data-dir';

/** One plain SQL value (both drivers answer `rows`). */
async function value(database: Database, text: string): Promise<unknown> {
  const { rows } = (await database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] };
  return Object.values(rows[0]!)[0];
}

describe('the embedded database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPglite(null);
  });
  afterAll(() => database.close());

  it('runs with 16 MB of shared buffers, set on its command line (decision 020)', async () => {
    expect(await value(database, 'SHOW shared_buffers')).toBe('16MB');
    expect(await value(database, "SELECT source FROM pg_settings WHERE name = 'shared_buffers'")).toBe(
      'command line',
    );
  });

  it("keeps PGlite's own start parameters", async () => {
    expect(await value(database, 'SHOW max_worker_processes')).toBe('0');
    expect(await value(database, 'SHOW search_path')).toBe('public');
  });

  it('is the PostgreSQL major version that data folders are checked against', async () => {
    const versionNum = Number(await value(database, 'SHOW server_version_num'));
    expect(String(Math.floor(versionNum / 10_000))).toBe(PGLITE_POSTGRES_MAJOR);
  });
});

describe('a data folder made by another PostgreSQL major version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ragboard-pg17-'));
  const folder = join(dir, 'pglite');
  mkdirSync(folder);
  writeFileSync(join(folder, 'PG_VERSION'), '17\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused by name before PGlite opens it, left as it was, and unlocked', async () => {
    await expect(openPglite(dir)).rejects.toThrow(DataDirVersionError);
    await expect(openPglite(dir)).rejects.toThrow(`${folder} was made by PostgreSQL 17`);
    expect(readdirSync(folder)).toEqual(['PG_VERSION']);
    expect(existsSync(join(dir, 'ragboard.lock'))).toBe(false);
  });

  it('stops the server with that message alone, not a stack trace', () => {
    const { DATABASE_URL: _, ...inherited } = process.env;
    const server = spawnSync(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
      cwd: repoRoot(),
      env: { ...inherited, RAGBOARD_DATA_DIR: dir, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(server.status).toBe(1);
    expect(server.stderr).toBe(`${new DataDirVersionError(folder, '17').message}\n`);
  });
});
