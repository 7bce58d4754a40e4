import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A new data folder is made in a short-lived child process. PGlite 0.5 runs initdb in a second
 * PGlite with an initdb module of its own, and what they leave in the process that ran them
 * (the native heap they grew, the initdb module PGlite keeps compiled) stayed in the server's
 * memory until it restarted: about 120 MB on a first start. Decision 020.
 */
export async function createDataDir(folder: string): Promise<void> {
  if (existsSync(join(folder, 'PG_VERSION'))) return;
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `require(${JSON.stringify(pglite)}).PGlite.create(process.argv[1]).then((pg) => pg.close())`;
  try {
    await promisify(execFile)(process.execPath, ['-e', script, folder]);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`Could not create the embedded database in ${folder}: ${stderr || error}`);
  }
}
