import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOutsideTransactions } from './pglite-exclusive';

/** A few turns of the event loop: long enough for anything not held by a lock to have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A transaction left open between its statements until `end()`. */
async function openTransaction(client: PGlite, events: string[]) {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  let wrote!: () => void;
  const written = new Promise<void>((resolve) => {
    wrote = resolve;
  });
  const done = client.transaction(async (tx) => {
    await tx.query('INSERT INTO pinned (n) VALUES (1)');
    events.push('transaction wrote');
    wrote();
    await ended;
    events.push('transaction ends');
  });
  await written;
  return { end, done };
}

describe('PGlite’s private transaction lock, as shims/pglite-exclusive.ts relies on it', () => {
  let client: PGlite;

  beforeAll(async () => {
    client = await PGlite.create();
    await client.exec('CREATE TABLE pinned (n int)');
  });
  afterAll(() => client.close());

  it('is still there', () => {
    expect(typeof client._runExclusiveTransaction).toBe('function');
    expect(typeof client.runExclusive).toBe('function');
  });

  it('waits for a transaction open between its statements until it has committed', async () => {
    await client.exec('DELETE FROM pinned');
    const events: string[] = [];
    const transaction = await openTransaction(client, events);
    const outside = runOutsideTransactions(client, async () => {
      events.push('outside runs');
    });
    try {
      await settle();
      expect(events).toEqual(['transaction wrote']);
    } finally {
      // Ended whatever befell, so that the next test finds PGlite free.
      transaction.end();
      await Promise.all([transaction.done, outside]);
    }
    expect(events).toEqual(['transaction wrote', 'transaction ends', 'outside runs']);
  });

  it('holds off PGlite’s own statements and transactions while it runs', async () => {
    const events: string[] = [];
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const outside = runOutsideTransactions(client, async () => {
      events.push('outside runs');
      await finished;
      events.push('outside ends');
    });
    await settle();
    const query = client.query('SELECT 1').then(() => events.push('query runs'));
    const transaction = client.transaction(async () => {
      events.push('transaction runs');
    });
    try {
      await settle();
      expect(events).toEqual(['outside runs']);
    } finally {
      finish();
      await Promise.all([outside, query, transaction]);
    }
    expect(events.slice(0, 2)).toEqual(['outside runs', 'outside ends']);
    expect(events).toHaveLength(4);
  });

  it('is needed: the public runExclusive does not wait for an open transaction', async () => {
    const events: string[] = [];
    const transaction = await openTransaction(client, events);
    const ran = client.runExclusive(async () => {
      events.push('runExclusive runs');
    });
    try {
      await settle();
      // When this fails, PGlite's public runExclusive waits for transactions too: the shim can go,
      // and the statement cache use runExclusive alone.
      expect(events).toEqual(['transaction wrote', 'runExclusive runs']);
    } finally {
      transaction.end();
      await Promise.all([transaction.done, ran]);
    }
  });
});
