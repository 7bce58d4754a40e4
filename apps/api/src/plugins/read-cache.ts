import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import fresh from 'fresh';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import type { z } from 'zod';
import { InvalidatingCache, type Stamp } from '../cache/invalidating-cache';
import { NotFoundError } from './errors';

/**
 * A reply as it goes on the wire, computed once per plan revision: gzipped when that makes it
 * smaller (every browser accepts gzip; the rare client that does not gets it unzipped).
 */
interface CachedReply {
  body: Buffer;
  gzipped: boolean;
  /** Of the plain bytes: the ETag of each form sent is derived from it (`tagOf`). */
  hash: string;
}

/** Each form has its own strong ETag: a gzipped reply's differs from the plain one's. */
const tagOf = (hash: string, gzipped: boolean) => (gzipped ? `"${hash}-gzip"` : `"${hash}"`);
/** What an entry holds besides its bytes (key, hash, bookkeeping), counted against the cache's size. */
const ENTRY_OVERHEAD_BYTES = 200;

const zip = promisify(gzip);
/** Below this, gzip saves less than the headers it adds. */
const ZIP_FROM_BYTES = 512;

const GZIP = ['gzip'];
/**
 * negotiator's answer for each Accept-Encoding seen lately: browsers send a handful of different
 * ones, and negotiating takes ten times a look-up on the path of every cached read (decision 047).
 */
const gzipAccepted = new LRUCache<string, boolean>({ max: 64 });

/** Whether an Accept-Encoding header accepts gzip (not refused with q=0), as HTTP reads it. */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let accepted = gzipAccepted.get(header);
  if (accepted === undefined) {
    accepted = new Negotiator({ headers: { 'accept-encoding': header } }).encodings(GZIP).length > 0;
    gzipAccepted.set(header, accepted);
  }
  return accepted;
}

export interface CachedRead<S extends z.ZodType> {
  /** What a write invalidates: `planScope(id)`, or PLAN_LIST_SCOPE. */
  scope: string;
  /** Which reply of that scope (route and query). */
  key: string;
  /** The route's 200 schema: the value is checked and shaped by it, as the serializer would. */
  schema: S;
  /** Reads the database; null answers 404 with `notFound`. */
  load: () => Promise<z.input<S> | null>;
  notFound: string;
  /** The bytes on the wire and their type, when not the value as JSON (an open-data CSV). */
  render?: { type: string; body: (value: z.output<S>) => Buffer };
  /** Signed-in reads are private; a public page may be kept by shared caches too. */
  cacheControl?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends a hot read from memory (ETag, 304), reading the database once per revision. */
    sendCached<S extends z.ZodType>(
      request: FastifyRequest,
      reply: FastifyReply,
      read: CachedRead<S>,
    ): Promise<FastifyReply>;
    readCache: InvalidatingCache<CachedReply>;
  }
}

/** Every plan's list entry changes with any plan. */
export const PLAN_LIST_SCOPE = 'plans';
export const planScope = (planId: string) => `plan:${planId}`;

/** Rules read the clock ("overdue", "this month"), so a cached reply lasts an hour at most. */
const HOUR_MS = 3_600_000;
const hourOf = (now: Date) => Math.floor(now.getTime() / HOUR_MS);

/**
 * The per-revision read cache of DESIGN's performance section: plan trees, summaries, histories
 * and the plan list kept as ready-to-send bytes. Each write announces its plan when it commits
 * (this instance at once, the others by NOTIFY) and the plan's replies are dropped; while the
 * line to the other instances is down, every read goes to the database.
 */
export const readCache = fp(async (app: FastifyInstance, opts: { maxBytes?: number } = {}) => {
  const cache = new InvalidatingCache<CachedReply>({
    max: 10_000,
    maxSize: opts.maxBytes ?? 64 * 1024 * 1024,
    sizeOf: (reply) => reply.body.length + ENTRY_OVERHEAD_BYTES,
  });
  app.decorate('readCache', cache);
  app.database.changes.subscribe((changes) => {
    if (changes === 'all') return cache.clear();
    for (const change of changes) {
      if (change.kind === 'sessions') continue;
      // A user's name shows in histories; accounts change rarely, so drop everything.
      if (change.kind === 'user' || change.id === null) return cache.clear();
      cache.invalidate(planScope(change.id));
      cache.invalidate(PLAN_LIST_SCOPE);
    }
  });

  async function compute<S extends z.ZodType>(read: CachedRead<S>): Promise<CachedReply> {
    const value = await read.load();
    if (value === null) throw new NotFoundError(read.notFound);
    const parsed = read.schema.parse(value);
    const plain = read.render ? read.render.body(parsed) : Buffer.from(JSON.stringify(parsed));
    const hash = createHash('sha1').update(plain).digest('base64url');
    const zipped = plain.length >= ZIP_FROM_BYTES ? await zip(plain) : null;
    const gzipped = zipped !== null && zipped.length < plain.length;
    return { body: gzipped ? zipped : plain, gzipped, hash };
  }

  /**
   * Replies being computed, so that readers arriving together share one database read rather
   * than each making their own (after a write, every reader of the plan arrives to an empty
   * cache). A reader joins only a computation begun under its own stamp: one begun before a write
   * it may have been told of is never shared with it.
   */
  const computing = new Map<string, { stamp: Stamp; reply: Promise<CachedReply> }>();

  async function load<S extends z.ZodType>(key: string, read: CachedRead<S>): Promise<CachedReply> {
    const stamp = cache.stamp(read.scope);
    const running = computing.get(key);
    if (running && cache.unchanged(read.scope, running.stamp)) return running.reply;
    const reply = compute(read);
    const entry = { stamp, reply };
    computing.set(key, entry);
    try {
      const computed = await reply;
      cache.set(key, read.scope, computed, stamp);
      return computed;
    } finally {
      if (computing.get(key) === entry) computing.delete(key);
    }
  }

  app.decorate(
    'sendCached',
    async <S extends z.ZodType>(request: FastifyRequest, reply: FastifyReply, read: CachedRead<S>) => {
      const key = `${read.scope}|${read.key}|${hourOf(app.now())}`;
      const live = app.database.changes.live();
      const cached = live ? (cache.get(key) ?? (await load(key, read))) : await compute(read);
      const zipped = cached.gzipped && acceptsGzip(request.headers['accept-encoding']);
      reply
        .header('etag', tagOf(cached.hash, zipped))
        .header('cache-control', read.cacheControl ?? 'private, no-cache')
        .header('vary', 'accept-encoding');
      // Either tag names the same content: a client that changed its Accept-Encoding still gets 304.
      // `fresh` is Express's reading of If-None-Match (weak tags, lists, `*`); a forced reload
      // (Cache-Control: no-cache) gets the whole reply.
      if (
        fresh(request.headers, { etag: tagOf(cached.hash, false) }) ||
        fresh(request.headers, { etag: tagOf(cached.hash, true) })
      ) {
        return reply.status(304).send();
      }
      reply.type(read.render?.type ?? 'application/json; charset=utf-8');
      if (zipped) return reply.header('content-encoding', 'gzip').send(cached.body);
      return reply.send(cached.gzipped ? gunzipSync(cached.body) : cached.body);
    },
  );
});
