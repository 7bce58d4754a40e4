import type { FastifyRateLimitStore, RateLimitOptions } from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client';
import { rateLimitCounters } from '../db/schema';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];
type Counted = { current: number; ttl: number };

declare module '@fastify/rate-limit' {
  interface CreateRateLimitOptions {
    /** Count in the database, shared by every instance (see rateLimitStore). */
    shared?: boolean;
  }
}

/**
 * What @fastify/rate-limit hands a store's constructor and its `child`: the limit's options, with
 * the window already in milliseconds (its README). Its types call `child`'s argument route options.
 */
type StoreOptions = RateLimitOptions;

/** Addresses counted in memory at once, as the library's own store keeps: the least recent goes. */
export const MEMORY_KEYS = 5000;

/** The limit's window in milliseconds: this store counts fixed windows, not ones set per request. */
function windowOf(options: StoreOptions): number {
  if (typeof options.timeWindow !== 'number') {
    throw new Error('rateLimitStore counts a fixed window: timeWindow must be a number of milliseconds');
  }
  // Neither is used here; a limit asking for one must not silently go without it.
  if (options.continueExceeding || options.exponentialBackoff) {
    throw new Error('rateLimitStore supports neither continueExceeding nor exponentialBackoff');
  }
  return options.timeWindow;
}

/** Counts one hit in a fixed window; the window restarts once it has ended. */
export async function countHit(db: Db, key: string, timeWindow: number, nowMs: number): Promise<Counted> {
  const now = new Date(nowMs);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, hits: 1, windowEndsAt: new Date(nowMs + timeWindow) })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        hits: sql`CASE WHEN ${rateLimitCounters.windowEndsAt} <= ${now} THEN 1 ELSE ${rateLimitCounters.hits} + 1 END`,
        windowEndsAt: sql`CASE WHEN ${rateLimitCounters.windowEndsAt} <= ${now} THEN excluded.window_ends_at ELSE ${rateLimitCounters.windowEndsAt} END`,
      },
    })
    .returning();
  // Now and then, forget windows long over.
  if (Math.random() < 0.01) {
    await db
      .delete(rateLimitCounters)
      .where(lt(rateLimitCounters.windowEndsAt, new Date(nowMs - 86_400_000)));
  }
  return { current: row!.hits, ttl: Math.max(0, row!.windowEndsAt.getTime() - nowMs) };
}

/**
 * Counts hits in this instance's memory, a fixed window per key from its first hit, as the
 * library's own in-memory store does (which it does not export). The counter is changed in place:
 * one LRU look-up a request, on the path of every request (decision 042).
 */
export class MemoryCounter {
  private readonly counts: LRUCache<string, { current: number; endsAt: number }>;

  constructor(
    private readonly timeWindow: number,
    keys = MEMORY_KEYS,
  ) {
    this.counts = new LRUCache({ max: keys });
  }

  hit(key: string, nowMs: number): Counted {
    const count = this.counts.get(key);
    if (!count || count.endsAt <= nowMs) {
      this.counts.set(key, { current: 1, endsAt: nowMs + this.timeWindow });
      return { current: 1, ttl: this.timeWindow };
    }
    count.current++;
    return { current: count.current, ttl: count.endsAt - nowMs };
  }
}

/**
 * A store for @fastify/rate-limit, through its documented store interface: limits made with
 * `shared: true` (sign-in attempts) count in the database so that several instances enforce one
 * limit; the API-wide flood limit stays in each instance's memory, since a write per request would
 * cost more than the flood it stops.
 */
export function rateLimitStore(db: Db) {
  return class SharedOrMemoryStore implements FastifyRateLimitStore {
    private readonly timeWindow: number;
    /** Null for a shared limit, which counts in the database. */
    private readonly memory: MemoryCounter | null;

    constructor(options: StoreOptions) {
      this.timeWindow = windowOf(options);
      this.memory = options.shared === true ? null : new MemoryCounter(this.timeWindow, options.cache);
    }

    incr(key: string, callback: Callback) {
      if (this.memory) {
        callback(null, this.memory.hit(key, Date.now()));
        return;
      }
      countHit(db, key, this.timeWindow, Date.now()).then(
        (counted) => callback(null, counted),
        (error: Error) => callback(error),
      );
    }

    child(options: Parameters<FastifyRateLimitStore['child']>[0]) {
      return new SharedOrMemoryStore(options as StoreOptions);
    }
  };
}
