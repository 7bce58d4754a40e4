import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ragboard-lock-'));
  dirs.push(dir);
  return dir;
}

describe('the data folder lock', () => {
  it('refuses a second holder with a clear message, and frees the folder on release', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another ragboard server/);
    lock.release();
    lockDataDir(dir).release();
  });

  it('refuses while another live process holds it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ragboard.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`process ${process.ppid}`));
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(join(dir, 'ragboard.lock'), dead);
    const lock = lockDataDir(dir);
    lock.release();
  });
});
