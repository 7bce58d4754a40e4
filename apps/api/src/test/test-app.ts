import { buildApp } from '../app';
import type { Database } from '../db/client';
import { createTestDatabase } from './test-database';

/** The real app over a fresh real database; `close()` drops both. */
export async function createTestApp(options: { now?: () => Date; database?: Database } = {}) {
  const database = options.database ?? (await createTestDatabase());
  const app = await buildApp({ database, now: options.now });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
