import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../db/schema';
import { fingerprinter } from './database-fingerprint';
import { createTestApp } from './test-app';

describe('the database fingerprint', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
  });
  afterAll(() => ctx.close());

  it('changes with every committed write, even one writing the same values, and not with a rolled-back one', async () => {
    const db = ctx.database.db;
    const fingerprint = await fingerprinter(db);
    const empty = await fingerprint();
    const [row] = await db.insert(organisations).values({ name: 'Council' }).returning();
    const inserted = await fingerprint();
    expect(inserted.organisations).not.toBe(empty.organisations);

    await db.update(organisations).set({ name: 'Council' }).where(eq(organisations.id, row!.id));
    const updated = await fingerprint();
    expect(updated.organisations).not.toBe(inserted.organisations);

    await expect(
      db.transaction(async (tx) => {
        await tx.insert(organisations).values({ name: 'School' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await fingerprint()).toEqual(updated);
  });
});
