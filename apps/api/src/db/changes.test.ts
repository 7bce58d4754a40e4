import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config';
import { createPostgresDatabase, migrationsDir } from '../test/test-database';
import { eventually } from '../test/waiting';
import { announce, CHANGES_CHANNEL, type Change } from './changes';
import { type Database, openPostgres } from './client';

const serverUrl = testDatabaseUrl();

describe.skipIf(!serverUrl)('committed changes told to the other instances (decision 034)', () => {
  let drop: () => Promise<void>;
  let database: Database;
  let listener: pg.Client;
  const heard: Change[][] = [];

  beforeAll(async () => {
    const created = await createPostgresDatabase(serverUrl!);
    drop = created.drop;
    database = openPostgres(created.url);
    await database.migrate(migrationsDir);
    // Another instance's line: every NOTIFY it hears, with the changes in it.
    listener = new pg.Client({ connectionString: created.url });
    await listener.connect();
    listener.on('notification', (message) => {
      heard.push((JSON.parse(message.payload ?? '{}') as { changes: Change[] }).changes);
    });
    await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
  });

  afterAll(async () => {
    await listener?.end();
    await database?.close();
    await drop?.();
  });

  const plan = (n: number): Change => ({
    kind: 'plan',
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  });

  it('tells of changes committed together in one NOTIFY, each change once, before any caller returns', async () => {
    heard.length = 0;
    const before = database.queryCount();
    const changes = Array.from({ length: 20 }, (_, i) => plan(i % 15));
    let returned = 0;
    await Promise.all(changes.map((change) => announce(database.db, change).then(() => returned++)));
    expect(returned).toBe(20);
    // One statement for twenty announcements.
    expect(database.queryCount() - before).toBe(1);
    await eventually(async () => heard.length === 1);
    expect(heard[0]).toHaveLength(15);
    expect(new Set(heard[0]!.map((c) => c.id))).toEqual(new Set(changes.map((c) => c.id)));
  });

  it('sends a change announced while a NOTIFY is on its way in the next one, never in the one before', async () => {
    heard.length = 0;
    const first = announce(database.db, plan(100));
    // The first NOTIFY is on its way once the announcing turn is over.
    await Promise.resolve();
    await Promise.resolve();
    const second = [announce(database.db, plan(101)), announce(database.db, plan(102))];
    await Promise.all([first, ...second]);
    await eventually(async () => heard.length === 2);
    expect(heard.map((changes) => changes.map((c) => c.id))).toEqual([
      [plan(100).id],
      [plan(101).id, plan(102).id],
    ]);
  });

  it('alone, tells of a change at once, and every caller of a failed NOTIFY hears of the failure', async () => {
    heard.length = 0;
    await announce(database.db, plan(200));
    await eventually(async () => heard.length === 1);
    // A payload PostgreSQL refuses (8,000 bytes or more) fails the NOTIFY for every change in it.
    const refused: Change = { kind: 'user', id: 'x'.repeat(8000) };
    const results = await Promise.allSettled([
      announce(database.db, refused),
      announce(database.db, plan(201)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    // And the next is sent as ever.
    await announce(database.db, plan(202));
    await eventually(async () => heard.some((changes) => changes.some((c) => c.id === plan(202).id)));
  });
});
