import { createRequire } from 'node:module';
import type { FastifyRateLimitStore, RateLimitOptions } from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimitCounters } from '../db/schema';

type Incr = FastifyRateLimitStore['incr'];
type Counted = { current: number; ttl: number };

// The library's own in-memory store, for the API-wide limit (see below).
const LocalStore = createRequire(import.meta.url)('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => FastifyRateLimitStore;

declare module '@fastify/rate-limit' {
  interface CreateRateLimitOptions {
    /** Count in the database, shared by every instance (see rateLimitStore). */
    shared?: boolean;
  }
}

type StoreOptions = RateLimitOptions;

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
 * A store for @fastify/rate-limit: limits made with `shared: true` (sign-in attempts) count in
 * the database so that several instances enforce one limit; the API-wide flood limit stays in
 * each instance's memory, since a write per request would cost more than the flood it stops.
 */
export function rateLimitStore(db: Db) {
  return class SharedOrLocalStore implements FastifyRateLimitStore {
    private readonly local: FastifyRateLimitStore;
    private readonly shared: boolean;

    constructor(options: StoreOptions) {
      this.shared = options.shared === true;
      this.local = new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache);
    }

    // The library passes the window and the maximum after the callback; its types omit them.
    incr(key: string, callback: Parameters<Incr>[1], timeWindow?: number, max?: number) {
      if (!this.shared) {
        (this.local.incr as (...args: unknown[]) => void)(key, callback, timeWindow, max);
        return;
      }
      countHit(db, key, timeWindow ?? 60_000, Date.now()).then(
        (counted) => callback(null, counted),
        (error: Error) => callback(error),
      );
    }

    child(options: Parameters<FastifyRateLimitStore['child']>[0]) {
      return new SharedOrLocalStore(options as StoreOptions);
    }
  };
}
