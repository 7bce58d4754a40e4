import { randomBytes } from 'node:crypto';
import { type BuildAppOptions, buildApp } from '../app';
import { createTestDatabase } from './test-database';

/** The real app over a fresh real database; `close()` drops both. */
export async function createTestApp(options: Partial<Omit<BuildAppOptions, 'sessionSecret'>> = {}) {
  const database = options.database ?? (await createTestDatabase());
  const app = await buildApp({ ...options, database, sessionSecret: randomBytes(32).toString('hex') });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
