import {
  messages,
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';
import { runOutsideTransactions } from '../shims/pglite-exclusive';

const { serialize } = protocol;

/** A statement PGlite has parsed under a name: its parameters' types, as the server inferred them. */
interface Statement {
  name: string;
  paramTypes: number[];
}

/** Statements kept prepared at once; the least recently used is closed to make room. */
export const STATEMENT_CAPACITY = 256;
/** Longer statements, or with more parameters, are bulk writes run once: not kept. */
export const MAX_CACHED_TEXT = 20_000;
export const MAX_CACHED_PARAMS = 500;

/**
 * The statement no longer fits the tables ("cached plan must not change result type": a table it
 * reads changed its columns) or is gone from the session: it is parsed again.
 */
const isStale = (error: unknown) =>
  error instanceof messages.DatabaseError &&
  ((error.code === '0A000' && /cached plan/.test(error.message)) || error.code === '26000');

/** As PGlite's own `query` reports a failed statement: the error, with the query on it. */
const withQuery = (error: unknown, query: string, params: unknown[], queryOptions?: QueryOptions) =>
  error instanceof Error ? Object.assign(error, { query, params, queryOptions }) : error;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * PGlite with a statement cache, as drizzle's client. PGlite's own `query` sends Parse, Describe,
 * Bind, Describe, Execute and Sync as six calls into its WebAssembly for every statement, and
 * PostgreSQL parses, analyses and plans it each time; drizzle's PGlite driver ignores a prepared
 * query's name. Here each parameterised statement is parsed once under a name (Parse, Describe and
 * Sync in one call), then every run is Bind, Describe, Execute and Sync in one call: PostgreSQL
 * keeps the statement and, once its plan proves generic, the plan (decision 034).
 *
 * The same mutexes as PGlite's own `query`: a statement outside a transaction waits for any
 * transaction (shims/pglite-exclusive.ts), one inside runs in it (PGlite's `runExclusive`).
 * Results are parsed by PGlite's own `parseResults`, so rows are as `query` gives them.
 */
export function withStatementCache(client: PGlite): PGlite {
  const statements = new Map<string, Statement>();
  /** Statements to close with the next Parse: the least recently used, or one gone stale. */
  let toClose: string[] = [];
  let next = 0;

  function forget(text: string) {
    const statement = statements.get(text);
    if (!statement) return;
    statements.delete(text);
    toClose.push(statement.name);
  }

  async function prepareStatement(text: string, options: QueryOptions | undefined): Promise<Statement> {
    const known = statements.get(text);
    if (known) {
      // Most recently used last, so the first is the one to close.
      statements.delete(text);
      statements.set(text, known);
      return known;
    }
    if (statements.size >= STATEMENT_CAPACITY) forget(statements.keys().next().value as string);
    const parts = toClose.map((name) => serialize.close({ type: 'S', name }));
    toClose = [];
    const name = `ragboard_${++next}`;
    parts.push(
      serialize.parse({ name, text, types: options?.paramTypes }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    );
    const replies = await client.execProtocolStream(concat(parts), { syncToFs: false });
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(replies) };
    statements.set(text, statement);
    return statement;
  }

  async function runOnce<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
  ): Promise<Results<T>> {
    const statement = await prepareStatement(text, options);
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const oid = statement.paramTypes[i]!;
      const serializer = options?.serializers?.[oid] ?? client.serializers[oid];
      return serializer ? serializer(param) : String(param);
    });
    let replies: messages.BackendMessage[];
    try {
      replies = await client.execProtocolStream(
        concat([
          serialize.bind({ statement: statement.name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { syncToFs: false },
      );
    } catch (error) {
      if (isStale(error)) forget(text);
      throw error;
    }
    if (!inTransaction) await client.syncToFs();
    // parseResults merges the given parsers into a copy of PGlite's hundreds for every result; a
    // few own keys over PGlite's as their prototype read the same and cost nothing to make.
    const parsers = options?.parsers
      ? Object.assign(Object.create(client.parsers) as typeof client.parsers, options.parsers)
      : client.parsers;
    return parse.parseResults(replies, parsers, { ...options, parsers: undefined })[0] as Results<T>;
  }

  async function run<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
  ): Promise<Results<T>> {
    try {
      return await runOnce<T>(text, params, options, inTransaction);
    } catch (error) {
      // Refused before it ran: outside a transaction, parsed again and run once more. Inside one,
      // the error has aborted the transaction, so it is the caller's.
      if (!inTransaction && isStale(error)) {
        try {
          return await runOnce<T>(text, params, options, inTransaction);
        } catch (again) {
          throw withQuery(again, text, params, options);
        }
      }
      throw withQuery(error, text, params, options);
    }
  }

  /**
   * Cached when it is worth keeping: a statement with a blob (COPY), or a bulk one (an import's or a
   * restore's many rows in one INSERT, never run twice), goes PGlite's own way, so the cache holds
   * no large parse trees.
   */
  const cacheable = (text: string, params: unknown[], options: QueryOptions | undefined) =>
    !options?.blob && text.length <= MAX_CACHED_TEXT && params.length <= MAX_CACHED_PARAMS;

  const query = async <T>(text: string, params: unknown[] = [], options?: QueryOptions) => {
    // As PGlite's own query says it: the error handler answers 503, not 500, once it is closed.
    if (client.closed) throw new Error('PGlite is closed');
    if (!cacheable(text, params, options)) return client.query<T>(text, params, options);
    return runOutsideTransactions(client, () => run<T>(text, params, options, false));
  };

  const transaction = <T>(callback: (tx: Transaction) => Promise<T>) =>
    client.transaction((tx) =>
      callback({
        ...tx,
        get closed() {
          return tx.closed;
        },
        query: async <R>(text: string, params: unknown[] = [], options?: QueryOptions) => {
          if (tx.closed) throw new Error('Transaction is closed');
          if (!cacheable(text, params, options)) return tx.query<R>(text, params, options);
          return client.runExclusive(() => run<R>(text, params, options, true));
        },
      }),
    );

  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'transaction') return transaction;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
