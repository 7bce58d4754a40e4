import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../test/waiting';
import { PGLITE_POSTGRES_MAJOR, prepareDataDir } from './pglite-data-dir';

describe('a new data folder (decision 044)', () => {
  const dirs: string[] = [];
  const made = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ragboard-data-dir-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is made beside its place and moved in whole, so a stop while it is made leaves nothing', async () => {
    const dir = made();
    const stop = new AbortController();
    const preparing = prepareDataDir(join(dir, 'pglite'), stop.signal);
    // The process making it has begun writing beside the folder's place.
    await eventually(async () => readdirSync(dir).some((name) => name.startsWith('pglite.new-')), 10);
    expect(existsSync(join(dir, 'pglite'))).toBe(false);
    stop.abort('SIGTERM');
    await expect(preparing).rejects.toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes what a killed start left beside it, and replaces a folder without PG_VERSION', async () => {
    const dir = made();
    mkdirSync(join(dir, 'pglite.new-0badf00d', 'base'), { recursive: true });
    mkdirSync(join(dir, 'pglite', 'base'), { recursive: true });
    writeFileSync(join(dir, 'pglite', 'base', 'half-written'), '');
    await prepareDataDir(join(dir, 'pglite'));
    expect(readdirSync(dir)).toEqual(['pglite']);
    expect(readFileSync(join(dir, 'pglite', 'PG_VERSION'), 'utf8').trim()).toBe(PGLITE_POSTGRES_MAJOR);
    expect(readdirSync(join(dir, 'pglite'))).toContain('postgresql.conf');
    expect(readdirSync(join(dir, 'pglite', 'base'))).not.toContain('half-written');
    // A whole new data folder is made by a child process: on a busy machine that outlasts the default.
  }, 120_000);
});
