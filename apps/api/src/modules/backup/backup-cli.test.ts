import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BackupFile, backupFileSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, testDatabaseUrl } from '../../config';
import { seedDemo } from '../../db/demo/seed-demo';
import { createPostgresDatabase, createTestDatabase } from '../../test/test-database';
import { backupToStream } from './backup-writer';

const cli = join(repoRoot(), 'apps/api/src/cli.ts');

/** The command line as `pnpm backup` / `pnpm restore` run it, on a database of its own. */
function run(env: Record<string, string>, ...args: string[]) {
  const { DATABASE_URL: _, RAGBOARD_DATA_DIR: __, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...inherited, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise<{ status: number | null; output: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, output })),
  );
}

/** A new, empty database for the command line: a data folder, or a PostgreSQL database when testing on one. */
async function newDatabase(
  folder: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) return { env: { RAGBOARD_DATA_DIR: join(folder, 'data') }, drop: async () => {} };
  const created = await createPostgresDatabase(serverUrl);
  return { env: { DATABASE_URL: created.url, SESSION_SECRET: 'x'.repeat(32) }, drop: created.drop };
}

// Each run starts Node, compiles the CLI and opens a database: seconds each on a busy machine.
describe('pnpm backup and pnpm restore', { timeout: 120_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'ragboard-cli-'));
  const original = join(folder, 'original.json');
  let target: Awaited<ReturnType<typeof newDatabase>>;
  beforeAll(async () => {
    const source = await createTestDatabase();
    await seedDemo(source.db, new Date('2026-11-24T10:00:00Z'));
    await backupToStream(source.db, createWriteStream(original), new Date('2026-11-24T10:00:00Z'));
    await source.close();
    target = await newDatabase(folder);
  });
  afterAll(async () => {
    await target.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores a backup into a new database, backs it up the same, and will not restore over it', async () => {
    const restored = await run(target.env, 'restore', original);
    expect(restored.output).toMatch(/^Restored \d+ rows in \d+ tables/);
    expect(restored.status).toBe(0);

    const again = join(folder, 'again.json');
    expect(await run(target.env, 'backup', again)).toMatchObject({ status: 0 });
    const read = (path: string): BackupFile => backupFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const [before, after] = [read(original), read(again)];
    expect({ ...after.tables, audit_entries: after.tables.audit_entries!.slice(0, -1) }).toEqual(
      before.tables,
    );
    expect(after.tables.audit_entries!.at(-1)).toMatchObject({
      actor_id: null,
      operation: 'restore',
      after: { restoredBy: 'command line' },
    });

    const refused = await run(target.env, 'restore', original);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/already holds data .*: restore only into a new database/);
  });

  it('says what is wrong with a file that is not a backup', async () => {
    const refused = await run(target.env, 'restore', join(repoRoot(), 'package.json'));
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(
      /package\.json is not a ragboard backup: format: This is not a ragboard backup/,
    );
  });
});
