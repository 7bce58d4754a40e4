import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CACHED_PARAMS, STATEMENT_CAPACITY, withStatementCache } from './pglite-statements';

/** drizzle's PGlite driver asks for rows so, with dates and timestamps left as text. */
const drizzleOptions = {
  rowMode: 'array' as const,
  parsers: {
    [types.TIMESTAMP]: (value: string) => value,
    [types.TIMESTAMPTZ]: (value: string) => value,
    [types.DATE]: (value: string) => value,
  },
};

describe('the embedded database’s statement cache (decision 034)', () => {
  let client: PGlite;
  let cached: PGlite;
  const preparedCount = async (text: string) =>
    Number(
      (
        await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
          [text],
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    client = await PGlite.create();
    cached = withStatementCache(client);
    await client.exec(`
      CREATE TABLE things (id int PRIMARY KEY, name text NOT NULL, at timestamptz, due date,
        details jsonb, bytes bytea, tags text[], amount numeric, big bigint, ok boolean, ref uuid)`);
  });
  afterAll(() => client.close());

  it('gives the rows PGlite’s own query gives, for every kind of value and either row mode', async () => {
    const text = `SELECT $1::int AS i, $2::text AS t, $3::timestamptz AS at, $4::date AS due, $5::jsonb AS j,
      $6::bytea AS b, $7::text[] AS tags, $8::numeric AS n, $9::bigint AS big, $10::boolean AS ok,
      $11::uuid AS ref, $12::text AS nothing`;
    const params = [
      7,
      'Sefton’s “plan”',
      new Date('2026-12-07T10:00:00Z'),
      '2026-12-31',
      { a: [1, 'two'], b: null },
      new Uint8Array([0, 1, 254, 255]),
      ['x', 'y z'],
      '12.50',
      9_007_199_254_740_993n,
      true,
      '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
      null,
    ];
    for (const options of [undefined, drizzleOptions]) {
      const own = await client.query(text, params, options);
      const ours = await cached.query(text, params, options);
      expect(ours.rows).toEqual(own.rows);
      expect(ours.fields).toEqual(own.fields);
    }
    // Parsed once, under a name, though run twice.
    expect(await preparedCount(text)).toBe(1);
  });

  it('parses a statement once and runs it with each call’s own values', async () => {
    const text = 'INSERT INTO things (id, name, at) VALUES ($1, $2, $3) RETURNING id, name';
    for (let id = 1; id <= 3; id++) {
      const { rows, affectedRows } = await cached.query(text, [id, `thing ${id}`, new Date()]);
      expect(rows).toEqual([{ id, name: `thing ${id}` }]);
      expect(affectedRows).toBe(1);
    }
    expect(await preparedCount(text)).toBe(1);
    const { rows } = await cached.query<{ name: string }>(
      'SELECT name FROM things WHERE id = ANY($1) ORDER BY id',
      [[1, 3]],
    );
    expect(rows.map((r) => r.name)).toEqual(['thing 1', 'thing 3']);
  });

  it('reports a failed statement as PGlite does, keeps nothing of it and goes on', async () => {
    const insert = 'INSERT INTO things (id, name) VALUES ($1, $2)';
    await cached.query(insert, [10, 'ten']);
    const duplicate = await cached.query(insert, [10, 'again']).catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: '23505', query: insert, params: [10, 'again'] });

    const broken = 'SELEC name FROM things WHERE id = $1';
    await expect(cached.query(broken, [10])).rejects.toMatchObject({ code: '42601', query: broken });
    expect(await preparedCount(broken)).toBe(0);

    const { rows } = await cached.query('SELECT name FROM things WHERE id = $1', [10]);
    expect(rows).toEqual([{ name: 'ten' }]);
  });

  it('runs inside a transaction: all of it is kept, or, when a statement fails, none of it', async () => {
    const insert = 'INSERT INTO things (id, name) VALUES ($1, $2)';
    await cached.transaction(async (tx) => {
      await tx.query(insert, [20, 'twenty']);
      await tx.query(insert, [21, 'twenty-one']);
    });
    await expect(
      cached.transaction(async (tx) => {
        await tx.query(insert, [22, 'twenty-two']);
        await tx.query(insert, [20, 'twenty again']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const { rows } = await cached.query<{ id: number }>(
      'SELECT id FROM things WHERE id >= $1 ORDER BY id',
      [20],
    );
    expect(rows.map((r) => r.id)).toEqual([20, 21]);
  });

  it('waits for an open transaction, as PGlite’s own query does, so it never runs inside it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const transaction = cached.transaction(async (tx) => {
      await tx.query('INSERT INTO things (id, name) VALUES ($1, $2)', [30, 'thirty']);
      inserted();
      await held;
      await tx.rollback();
    });
    await didInsert;
    const outside = cached.query<{ n: number }>('SELECT count(*)::int AS n FROM things WHERE id = $1', [30]);
    release();
    await transaction;
    // Had it run inside the transaction, it would have seen the row the transaction rolled back.
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });

  it('parses a statement again when its table’s columns changed, and answers with the new ones', async () => {
    const text = 'SELECT * FROM things WHERE id = $1';
    expect(Object.keys((await cached.query(text, [1])).rows[0]!)).not.toContain('colour');
    await client.exec("ALTER TABLE things ADD COLUMN colour text NOT NULL DEFAULT 'Green'");
    const { rows } = await cached.query<{ colour: string }>(text, [1]);
    expect(rows[0]!.colour).toBe('Green');
    expect(await preparedCount(text)).toBe(1);
  });

  it('keeps at most its capacity of statements, closing the least recently used', async () => {
    const kept = 'SELECT name FROM things WHERE id = $1 AND name IS NOT NULL';
    await cached.query(kept, [1]);
    for (let i = 0; i < STATEMENT_CAPACITY + 20; i++) {
      await cached.query(`SELECT $1::int + ${i} AS n`, [1]);
      // Used all along, so never the least recently used.
      if (i % 50 === 0) await cached.query(kept, [1]);
    }
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_prepared_statements',
    );
    expect(rows[0]!.n).toBeLessThanOrEqual(STATEMENT_CAPACITY);
    expect(await preparedCount('SELECT $1::int + 0 AS n')).toBe(0);
    expect(await preparedCount(kept)).toBe(1);
    expect((await cached.query(`SELECT $1::int + ${STATEMENT_CAPACITY + 19} AS n`, [1])).rows).toEqual([
      { n: STATEMENT_CAPACITY + 20 },
    ]);
  });

  it('runs a bulk statement PGlite’s own way, keeping nothing of it', async () => {
    const rows = Math.ceil((MAX_CACHED_PARAMS + 1) / 2);
    const values = Array.from({ length: rows }, (_, i) => `($${2 * i + 1}::int, $${2 * i + 2})`).join(', ');
    const text = `INSERT INTO things (id, name) VALUES ${values}`;
    const params = Array.from({ length: rows }, (_, i) => [1000 + i, `bulk ${i}`]).flat();
    expect((await cached.query(text, params)).affectedRows).toBe(rows);
    expect(await preparedCount(text)).toBe(0);
  });
});
