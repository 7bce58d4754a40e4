import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from './client';

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
});
