import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database';
import { announce, type Change, writeTransaction } from './changes';
import type { Database } from './client';
import { organisations } from './schema';

describe('a write transaction announces its changes after it commits (decisions 021 and 047)', () => {
  let database: Database;
  const heard: (readonly Change[] | 'all')[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    database.changes.subscribe((changes) => heard.push(changes));
  });
  afterAll(() => database?.close());

  const plan = (id: string): Change => ({ kind: 'plan', id });
  const own = () => heard.filter((changes) => changes !== 'all');

  it('tells of nothing until the transaction has committed, then of everything it collected, once', async () => {
    heard.length = 0;
    let heardInside = -1;
    const result = await writeTransaction(database.db, async (tx, changes) => {
      await tx.insert(organisations).values({ name: 'Announced after commit' });
      await changes.add(plan('a'));
      await announce(tx, plan('b'));
      heardInside = own().length;
      return 'written';
    });
    expect(result).toBe('written');
    expect(heardInside).toBe(0);
    expect(own()).toEqual([[plan('a'), plan('b')]]);
  });

  it('tells of nothing when the transaction rolls back', async () => {
    heard.length = 0;
    await expect(
      writeTransaction(database.db, async (_tx, changes) => {
        await changes.add(plan('c'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(own()).toEqual([]);
  });

  it('adds a nested write transaction’s changes to the outer one’s', async () => {
    heard.length = 0;
    await writeTransaction(database.db, async (tx, changes) => {
      await changes.add(plan('outer'));
      await writeTransaction(tx, async (_inner, innerChanges) => innerChanges.add(plan('inner')));
    });
    expect(own()).toEqual([[plan('outer'), plan('inner')]]);
  });

  it('refuses to announce from a transaction that does not collect changes, so no write goes untold', async () => {
    await expect(database.db.transaction((tx) => announce(tx, plan('lost')))).rejects.toThrow(
      /cannot be announced/,
    );
  });

  it('leaves the database’s own transaction method as the library made it', () => {
    expect(Object.hasOwn(database.db, 'transaction')).toBe(false);
  });
});
