import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database';
import type { Database } from './client';
import { organisations } from './schema';
import { isUniqueViolation, unlessUniqueViolation } from './unique-violation';

describe('a unique violation from the database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('is recognised through drizzle’s wrapping, so a racing writer gets the caller’s error', async () => {
    await database.db.insert(organisations).values({ name: 'Once' });
    const clash = database.db.insert(organisations).values({ name: 'Once' });
    await expect(unlessUniqueViolation(clash, () => new Error('taken'))).rejects.toThrow('taken');
    const other = await database.db
      .insert(organisations)
      .values({ name: null as unknown as string })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(other)).toBe(false);
  });
});
