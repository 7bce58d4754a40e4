import type { PGlite } from '@electric-sql/pglite';

/**
 * Runs `work` as PGlite runs a statement of its own `query` outside a transaction: once no
 * transaction is open and no other statement is running, and none starts until it is done. The
 * statement cache (db/pglite-statements.ts, decision 034) sends its statements with
 * `execProtocolStream`, which takes neither of PGlite's locks.
 *
 * PGlite has two: one a transaction holds from BEGIN to COMMIT, one each statement holds. Its
 * public `runExclusive` takes only the statement's (enough inside a transaction: the cache uses it
 * there). Outside one, work run with it alone could land between another caller's statements,
 * inside their transaction. Only the underscore-private `_runExclusiveTransaction` waits for the
 * transaction's lock, so this is the one place that reaches it; `pglite-exclusive.test.ts` fails
 * if PGlite drops it or changes what it does, or if `runExclusive` comes to do the whole of it.
 */
export function runOutsideTransactions<T>(client: PGlite, work: () => Promise<T>): Promise<T> {
  return client._runExclusiveTransaction(() => client.runExclusive(work));
}
