import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from '../config';
import { migratedPgliteDump } from '../db/client';
import { migrationsDir } from './test-database';

/**
 * Once per run: migrates an empty embedded database and dumps it, so each test file starts its
 * own fresh copy in about a second instead of creating and migrating one. Deleted after the run.
 */
export default async function setup(project: TestProject) {
  if (testDatabaseUrl()) {
    project.provide('pgliteTemplate', null);
    return;
  }
  const dump = await migratedPgliteDump(migrationsDir);
  const file = join(tmpdir(), `ragboard-test-template-${randomBytes(6).toString('hex')}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(file, { force: true });
}
