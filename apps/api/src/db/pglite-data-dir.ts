import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
 */
export async function prepareDataDir(folder: string): Promise<void> {
  const versionFile = join(folder, 'PG_VERSION');
  if (existsSync(versionFile)) {
    const found = readFileSync(versionFile, 'utf8').trim();
    if (found !== PGLITE_POSTGRES_MAJOR) throw new DataDirVersionError(folder, found);
    return;
  }
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `require(${JSON.stringify(pglite)}).PGlite.create(process.argv[1]).then((pg) => pg.close())`;
  try {
    await promisify(execFile)(process.execPath, ['-e', script, folder]);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`Could not create the embedded database in ${folder}: ${stderr || error}`);
  }
}
