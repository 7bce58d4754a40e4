import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { MemoryCounter, rateLimitStore } from './rate-limit-store';

describe('the in-memory count of the API-wide limit', () => {
  it('counts hits in a fixed window from the first, and starts again once it has ended', () => {
    const counter = new MemoryCounter(60_000);
    expect(counter.hit('10.0.0.1', 1_000)).toEqual({ current: 1, ttl: 60_000 });
    expect(counter.hit('10.0.0.1', 21_000)).toEqual({ current: 2, ttl: 40_000 });
    expect(counter.hit('10.0.0.2', 21_000)).toEqual({ current: 1, ttl: 60_000 });
    expect(counter.hit('10.0.0.1', 60_999)).toEqual({ current: 3, ttl: 1 });
    expect(counter.hit('10.0.0.1', 61_000)).toEqual({ current: 1, ttl: 60_000 });
  });

  it('forgets the address seen least recently once it holds as many as it may', () => {
    const counter = new MemoryCounter(60_000, 2);
    counter.hit('a', 0);
    counter.hit('b', 0);
    counter.hit('a', 1);
    counter.hit('c', 2);
    expect(counter.hit('a', 3).current).toBe(3);
    expect(counter.hit('b', 3).current).toBe(1);
  });
});

describe('the store given to @fastify/rate-limit', () => {
  // The memory counts never reach the database.
  const Store = rateLimitStore(null as unknown as Db);

  it('is handed the window in milliseconds by the plugin, and answers 429 past the limit', async () => {
    const app = Fastify();
    await app.register(rateLimit, { global: false, max: 2, timeWindow: '1 minute', store: Store });
    app.addHook('onRequest', app.rateLimit());
    app.get('/', async () => 'ok');
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await app.inject({ method: 'GET', url: '/' })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    await app.close();
  });

  it('refuses what it does not do rather than ignore it', () => {
    expect(() => new Store({ timeWindow: 60_000, continueExceeding: true })).toThrow(/continueExceeding/);
    expect(() => new Store({ timeWindow: 60_000, exponentialBackoff: true })).toThrow(/exponentialBackoff/);
    expect(() => new Store({ timeWindow: () => 60_000 })).toThrow(/fixed window/);
  });
});
