import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config';
import { createPostgresDatabase } from '../test/test-database';
import { type Database, type Db, openPglite, openPostgres } from './client';
import { preparedStatement } from './prepared-statement';

const serverUrl = testDatabaseUrl();

/** The embedded database always; PostgreSQL when the run has a server (TEST_DATABASE_URL). */
const kinds = [
  { kind: 'pglite', open: async () => ({ database: await openPglite(null), drop: async () => {} }) },
  ...(serverUrl
    ? [
        {
          kind: 'postgres',
          open: async () => {
            const created = await createPostgresDatabase(serverUrl);
            return { database: openPostgres(created.url), drop: created.drop };
          },
        },
      ]
    : []),
];

/** The rows of a plain statement, as either driver gives them. */
const rowsOf = async (db: Db, query: SQL) => ((await db.execute(query)) as { rows: unknown[] }).rows;

const sum = preparedStatement<{ sum: number; word: string }>(
  'prepared_statement_test_sum',
  sql`select ${sql.placeholder('a')}::int + ${sql.placeholder('b')}::int as sum, ${sql.placeholder('word')}::text as word`,
);

/**
 * What `db/prepared-statement.ts` takes from drizzle's internals (decision 046). When a drizzle
 * upgrade fails here, the status update's write (status-updates.repository.ts) needs another way
 * to prepare its statement.
 */
describe.each(kinds)('drizzle’s session prepares a named statement, on $kind', ({ kind, open }) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await open());
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('db._.session.prepareQuery(query, fields, name, arrayMode) gives a query with execute(values)', () => {
    const { session } = database.db._;
    expect(typeof session.prepareQuery).toBe('function');
    const query = session.prepareQuery(
      { sql: 'select $1::int as n', params: [1] },
      undefined,
      'prepared_statement_test_shape',
      false,
    );
    expect(typeof query.execute).toBe('function');
  });

  it('runs a statement with placeholders, each run with its own values, rows as objects', async () => {
    expect(await sum.execute(database.db, { a: 1, b: 2, word: 'one' })).toEqual([{ sum: 3, word: 'one' }]);
    expect(await sum.execute(database.db, { a: 10, b: 20, word: 'two' })).toEqual([{ sum: 30, word: 'two' }]);
  });

  it('runs in a transaction on the transaction’s own connection: what it wrote goes with a rollback', async () => {
    const insert = preparedStatement<{ n: number }>(
      'prepared_statement_test_insert',
      sql`insert into prepared_statement_test (n) values (${sql.placeholder('n')}::int) returning n`,
    );
    await database.db.execute(sql`create table prepared_statement_test (n int)`);
    const rolledBack = new Error('rolled back');
    await expect(
      database.db.transaction(async (tx) => {
        expect(await insert.execute(tx, { n: 7 })).toEqual([{ n: 7 }]);
        expect(await rowsOf(tx, sql`select n from prepared_statement_test`)).toEqual([{ n: 7 }]);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await rowsOf(database.db, sql`select n from prepared_statement_test`)).toEqual([]);
  });

  it.runIf(kind === 'postgres')('is prepared on the server under its name', async () => {
    await database.db.transaction(async (tx) => {
      await sum.execute(tx, { a: 1, b: 1, word: 'named' });
      const named = sql`select name from pg_prepared_statements where name = 'prepared_statement_test_sum'`;
      expect(await rowsOf(tx, named)).toEqual([{ name: 'prepared_statement_test_sum' }]);
    });
  });
});
