// Every GET, asked while the database is out of reach, answers what the document declares: 503
// with Retry-After wherever the answer needs the database. PostgreSQL goes away behind a TCP proxy
// (the server other tests share is never touched); PGlite is closed under the app.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app';
import { testDatabaseUrl } from '../config';
import { type Database, openPostgres } from '../db/client';
import { tcpProxy } from '../test/tcp-proxy';
import { createPostgresDatabase, createTestDatabase, migrationsDir } from '../test/test-database';
import { getRequests, unknownIds } from './get-requests';
import { documentChecker, type OpenApiDocument } from './openapi-document';

/** A database this test can take away: a proxied PostgreSQL database, or an in-memory PGlite. */
async function databaseToLose(): Promise<{
  database: Database;
  lose(): Promise<void>;
  drop(): Promise<void>;
}> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) {
    const database = await createTestDatabase();
    return { database, lose: () => database.close(), drop: async () => {} };
  }
  const created = await createPostgresDatabase(serverUrl);
  const target = new URL(created.url);
  const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  target.port = String(proxy.port);
  const database = openPostgres(target.toString());
  await database.migrate(migrationsDir);
  return {
    database,
    lose: () => proxy.cut(),
    drop: async () => {
      await database.close();
      await proxy.close();
      await created.drop();
    },
  };
}

const lost = await databaseToLose();
const app: App = await buildApp({ database: lost.database, sessionSecret: randomBytes(32).toString('hex') });
afterAll(async () => {
  await app.close();
  await lost.drop();
});
const document = (await app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
const { problems } = documentChecker(document);
const ids = unknownIds();

describe('while the database is out of reach', () => {
  it('answers every GET, signed in or not, as the document declares: 503 with Retry-After where it needs the database', async () => {
    // A session cookie the app signed, so that looking it up needs the database.
    const session = { cookie: `ragboard_session=${app.signCookie(randomBytes(32).toString('base64url'))}` };
    await lost.lose();
    const found: string[] = [];
    const unavailable = new Set<string>();
    for (const request of getRequests(document, ids)) {
      for (const headers of [session, {}]) {
        const reply = await app.inject({ url: request.url, headers });
        if (reply.statusCode === 503) {
          unavailable.add(request.path);
          expect(reply.headers['retry-after']).toBe('5');
        }
        for (const problem of problems('GET', request.path, reply)) found.push(`${request.url}: ${problem}`);
      }
    }
    expect(found).toEqual([]);
    // Those that answer without the database say so: they declare no 503.
    const gets = Object.keys(document.paths).filter((path) => document.paths[path]!.get);
    expect(gets.filter((path) => !unavailable.has(path))).toEqual(
      gets.filter((path) => !document.paths[path]!.get!.responses['503']),
    );
  });
});
