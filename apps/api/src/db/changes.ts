import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction, type PgTransactionConfig } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db, Tx } from './client';

/**
 * What a write changed, as far as the in-memory caches care: a plan's contents (null: every
 * plan, e.g. a person shown in every tree), a user's account (role, name, deactivation: names
 * show in histories), or a user's sessions (sign-out).
 */
export type Change =
  | { kind: 'plan'; id: string | null }
  | { kind: 'user'; id: string }
  | { kind: 'sessions'; id: string };

/** 'all': anything may have changed (the instance lost its line to the others). */
export type ChangeListener = (changes: readonly Change[] | 'all') => void;

export const CHANGES_CHANNEL = 'ragboard_changes';
/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more: beyond this, "every plan". */
const MAX_PAYLOAD = 7_000;

/**
 * How an instance learns of writes: its own, the moment their transaction commits, and other
 * instances', through PostgreSQL LISTEN/NOTIFY. Caches may only be used while `live()`: an
 * instance that has lost its LISTEN connection cannot know what the others wrote.
 */
export class ChangeFeed {
  readonly origin = randomUUID();
  private readonly listeners = new Set<ChangeListener>();
  private connected: boolean;

  /** `shared`: other processes write to the same database, so NOTIFY is sent and heard. */
  constructor(readonly shared: boolean) {
    this.connected = !shared;
  }

  live(): boolean {
    return this.connected;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(changes: readonly Change[] | 'all') {
    if (changes !== 'all' && changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }

  /** The line to the other instances is up (or down): either way, forget everything cached. */
  setConnected(connected: boolean) {
    this.connected = connected;
    this.emit('all');
  }

  /** A NOTIFY payload from any instance; this instance's own were applied at commit. */
  receive(payload: string | undefined) {
    try {
      const message = JSON.parse(payload ?? '') as { origin: string; changes: Change[] | 'all' };
      if (message.origin !== this.origin) this.emit(message.changes);
    } catch {
      this.emit('all');
    }
  }

  payload(changes: readonly Change[] | 'all'): string {
    const text = JSON.stringify({ origin: this.origin, changes });
    if (changes === 'all') return text;
    return text.length < MAX_PAYLOAD
      ? text
      : JSON.stringify({ origin: this.origin, changes: [{ kind: 'plan', id: null }, ...usersOf(changes)] });
  }
}

function usersOf(changes: readonly Change[]): Change[] {
  const users = changes.filter((c) => c.kind !== 'plan');
  return users.length < 100 ? users : [];
}

const feeds = new WeakMap<object, ChangeFeed>();
interface PendingChanges {
  feed: ChangeFeed;
  changes: Change[];
  unsent: Change[];
}
const pending = new WeakMap<object, PendingChanges>();

const notify = (db: Db, feed: ChangeFeed, changes: readonly Change[] | 'all') =>
  db.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${feed.payload(changes)})`);

interface NotifyBatch {
  changes: Map<string, Change>;
  sent: Promise<void>;
  settle: (error?: unknown) => void;
}

/**
 * Committed changes told to the other instances, one NOTIFY at a time: changes committed while a
 * NOTIFY is on its way wait for it and then go together in the next one. Each change joins a
 * batch only after its own commit, and a batch is sent only after every change has joined, so a
 * NOTIFY always follows the commits it tells of; a caller returns when its batch was sent. Alone,
 * a change goes at once; twenty writers at once share two or three NOTIFYs instead of twenty, each
 * its own transaction and WAL flush (decision 034).
 */
class CommittedNotifier {
  private next: NotifyBatch | null = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly feed: ChangeFeed,
  ) {}

  send(change: Change): Promise<void> {
    if (!this.next) {
      let settle!: NotifyBatch['settle'];
      const sent = new Promise<void>((resolve, reject) => {
        settle = (error) => (error === undefined ? resolve() : reject(error));
      });
      const batch: NotifyBatch = { changes: new Map(), sent, settle };
      this.next = batch;
      // After the NOTIFY on its way (or, with none, after the callers of this turn have joined).
      this.inFlight = this.inFlight.then(() => this.flush(batch));
    }
    this.next.changes.set(JSON.stringify(change), change);
    return this.next.sent;
  }

  private async flush(batch: NotifyBatch) {
    if (this.next === batch) this.next = null;
    try {
      await notify(this.db, this.feed, [...batch.changes.values()]);
      batch.settle();
    } catch (error) {
      batch.settle(error ?? new Error('NOTIFY failed'));
    }
  }
}
const notifiers = new WeakMap<ChangeFeed, CommittedNotifier>();
function committedNotifier(db: Db, feed: ChangeFeed) {
  let notifier = notifiers.get(feed);
  if (!notifier) {
    notifier = new CommittedNotifier(db, feed);
    notifiers.set(feed, notifier);
  }
  return notifier;
}

/**
 * Makes `db` report its writes to `feed`: what `writeTransaction` collects is announced after
 * the transaction commits, and writes outside a transaction as they are made. Nothing of `db` is
 * changed: the database is only registered with its feed.
 */
export function reportChanges(db: Db, feed: ChangeFeed): Db {
  feeds.set(db, feed);
  return db;
}

/** What a write transaction's work is given to tell of what it changed (`announce(tx, …)` is the same). */
export interface ChangeCollector {
  add(change: Change): Promise<void>;
}

/**
 * Runs `work` in a transaction whose changes are announced after it commits (never before, so no
 * reader can cache what a rollback would undo) and before the write is acknowledged: to this
 * instance at once, to the others by NOTIFY (decision 021). Every write that changes something
 * cached runs in one (decision 047); `db.transaction` stays for reads that need one snapshot.
 *
 * Called with a transaction already collecting changes (a savepoint, as when the demo seed runs a
 * service inside its own transaction), the inner one adds to the same list. A change of a savepoint
 * later rolled back is still announced: a needless refresh, never a stale read.
 */
export async function writeTransaction<T>(
  db: Db,
  work: (tx: Tx, changes: ChangeCollector) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  const outer = pending.get(db);
  if (outer) {
    return db.transaction((tx) => {
      pending.set(tx, outer);
      return work(tx, collector(tx));
    }, config);
  }
  if (db instanceof PgTransaction) {
    throw new Error('A write transaction cannot start inside a transaction that does not collect changes');
  }
  // A database made without a feed (a tool's) tells nobody.
  const record: PendingChanges = { feed: feeds.get(db) ?? new ChangeFeed(false), changes: [], unsent: [] };
  const result = await db.transaction((tx) => {
    pending.set(tx, record);
    return work(tx, collector(tx));
  }, config);
  record.feed.emit(record.changes);
  if (record.unsent.length > 0) {
    // Committed: a lost NOTIFY must not fail the write. An instance that cannot reach the
    // database loses its LISTEN line too, and forgets everything when it is back.
    await notify(db, record.feed, record.unsent).catch(() => {});
  }
  return result;
}

const collector = (tx: Tx): ChangeCollector => ({ add: (change) => announce(tx, change) });

/**
 * Records that a write changed something cached. Inside a transaction it is announced when the
 * transaction commits: a plan's change by a NOTIFY just after the commit (a NOTIFY inside the
 * transaction holds PostgreSQL's notification lock through the commit's WAL flush, so every
 * writer would queue behind every other); an account's or a session's by a NOTIFY inside the
 * transaction, so a sign-out or a deactivation reaches every instance whatever befalls this one.
 * Outside a transaction the statement has already committed, so it is announced now.
 */
export async function announce(db: Db, change: Change) {
  const inTransaction = pending.get(db);
  if (db instanceof PgTransaction && !inTransaction) {
    throw new Error(
      'Changes cannot be announced from a transaction that does not collect them: use writeTransaction',
    );
  }
  const feed = inTransaction?.feed ?? feeds.get(db);
  if (!feed) return;
  if (!inTransaction) {
    if (feed.shared) await committedNotifier(db, feed).send(change);
    feed.emit([change]);
    return;
  }
  inTransaction.changes.push(change);
  if (!feed.shared) return;
  if (change.kind === 'plan') inTransaction.unsent.push(change);
  else await notify(db, feed, [change]);
}

/**
 * Tells every other instance to forget what it has cached: sent by an instance as it starts,
 * for it may have been stopped between a commit and that commit's NOTIFY.
 */
export async function announceRestart(db: Db) {
  const feed = feeds.get(db);
  if (feed?.shared) await notify(db, feed, 'all');
}

/**
 * Keeps a LISTEN connection to PostgreSQL open for `feed`, reconnecting after a loss; while it
 * is down the feed is not live and caches are bypassed. Returns a function that stops it.
 */
export function listenForChanges(connect: () => pg.Client, feed: ChangeFeed): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const lost = () => {
    if (feed.live()) feed.setConnected(false);
    const old = client;
    client = null;
    old?.removeAllListeners();
    old?.on('error', () => {});
    old?.end().catch(() => {});
    if (!stopped && !retry) retry = setTimeout(start, 1000);
  };

  async function start() {
    retry = null;
    if (stopped) return;
    const next = connect();
    client = next;
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', (message) => feed.receive(message.payload));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (stopped) return;
      feed.setConnected(true);
    } catch {
      if (client === next) lost();
    }
  }

  void start();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    last?.removeAllListeners();
    last?.on('error', () => {});
    await last?.end().catch(() => {});
  };
}
