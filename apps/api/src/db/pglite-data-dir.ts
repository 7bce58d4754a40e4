import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** The PostgreSQL inside @electric-sql/pglite 0.5 (pglite.test.ts checks it against the running one). */
export const PGLITE_POSTGRES_MAJOR = '18';

export class DataDirVersionError extends Error {
  constructor(folder: string, found: string) {
    super(
      `The embedded database in ${folder} was made by PostgreSQL ${found}; this release embeds ` +
        `PostgreSQL ${PGLITE_POSTGRES_MAJOR}, which cannot open it. Nothing was changed. To keep the ` +
        `data, back it up with the last release on PostgreSQL ${found} (pnpm backup FILE), move the ` +
        'folder away and restore the backup with this release (pnpm restore FILE), as ' +
        'docs/decisions/020-pglite-0-5-memory.md explains. To start afresh, move the folder away.',
    );
  }
}

/**
 * Readies PGlite's data folder before PGlite opens it. A folder of another PostgreSQL major
 * version is refused by name: PGlite would only say "PGlite failed to initialize properly".
 * A new folder is made in a short-lived child process: PGlite 0.5 runs initdb in a second
 * PGlite with an initdb module of its own, and what they leave in the process that ran them
 * (the native heap they grew, the initdb module PGlite keeps compiled) stayed in the server's
 * memory until it restarted, about 120 MB. Decision 020.
 *
 * The child makes it beside the folder, and it is moved into place whole: a start stopped half-way
 * (`signal`, which ends the child) or killed leaves no folder that looks made, with PG_VERSION
 * among half its files, only a scratch folder that the next start removes. Decision 044.
 */
export async function prepareDataDir(folder: string, signal?: AbortSignal): Promise<void> {
  const versionFile = join(folder, 'PG_VERSION');
  if (existsSync(versionFile)) {
    const found = readFileSync(versionFile, 'utf8').trim();
    if (found !== PGLITE_POSTGRES_MAJOR) throw new DataDirVersionError(folder, found);
    return;
  }
  removeScratchFolders(folder);
  const scratch = `${folder}${SCRATCH}${randomBytes(4).toString('hex')}`;
  try {
    await makeDataDir(scratch, signal);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (signal?.aborted) throw signal.reason;
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`Could not create the embedded database in ${folder}: ${stderr || error}`);
  }
  // Without PG_VERSION, what is there holds no database: a folder made empty, or one a start
  // before this release left half-made (PGlite made them in place).
  rmSync(folder, { recursive: true, force: true });
  renameSync(scratch, folder);
}

/** A new data folder in `folder`, made by a child process; settles once that process has ended. */
function makeDataDir(folder: string, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `require(${JSON.stringify(pglite)}).PGlite.create(process.argv[1]).then((pg) => pg.close())`;
  return new Promise((resolve, reject) => {
    const end = () => child.kill('SIGKILL');
    const child = execFile(process.execPath, ['-e', script, folder], (error, _stdout, stderr) => {
      signal?.removeEventListener('abort', end);
      if (error) reject(Object.assign(error, { stderr }));
      else resolve();
    });
    signal?.addEventListener('abort', end, { once: true });
  });
}

/** Beside a data folder, the name of one being made: `pglite.new-1f2e3d4c`. */
const SCRATCH = '.new-';

/**
 * Scratch folders of starts that were killed while making theirs. The data folder's lock is held,
 * so no live server is making one; a killed server's child still writing one fails, as it should.
 */
function removeScratchFolders(folder: string) {
  const prefix = `${basename(folder)}${SCRATCH}`;
  const parent = dirname(folder);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true, maxRetries: 3 });
  }
}
