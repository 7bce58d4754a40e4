import {
  type BackupFile,
  backupFileSchema,
  errorResponseSchema,
  planListSchema,
  restoreReplySchema,
} from '@ragboard/shared';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../db/demo/seed-demo';
import { actions, auditEntries, plans, users } from '../../db/schema';
import { multipart } from '../../test/multipart';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { BACKUP_TABLES } from './backup-tables';

const now = new Date('2026-11-24T10:00:00Z');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;

async function backupOf(ctx: TestApp, who: SignedIn): Promise<BackupFile> {
  const reply = await requestsAs(ctx.app, who)('GET', '/api/backup');
  expect(reply.statusCode, reply.body.slice(0, 200)).toBe(200);
  expect(reply.headers['content-disposition']).toBe(
    'attachment; filename="ragboard-backup-2026-11-24T10-00-00Z.json"',
  );
  return backupFileSchema.parse(reply.json());
}

/** A new install: a fresh database whose only content is the manager who restores. */
/** A PNG of 300 KiB: two chunks. */
const EVIDENCE = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.alloc(300 * 1024, 42),
]);

async function newInstall(email: string) {
  const ctx = await createTestApp({ now: () => now, requestsPerMinute: false });
  return { ctx, manager: await signInAs(ctx.app, 'manager', { email }) };
}

const restore = (ctx: TestApp, who: SignedIn, file: unknown) =>
  requestsAs(ctx.app, who)('POST', '/api/restore', file as object);

describe('backing up and restoring the whole database', () => {
  let source: TestApp;
  let manager: SignedIn;
  let backup: BackupFile;
  let evidenceId: string;
  /** A new install that every refused restore is tried on: it must stay as it was. */
  let untouched: Awaited<ReturnType<typeof newInstall>>;
  beforeAll(async () => {
    source = await createTestApp({ now: () => now, requestsPerMinute: false });
    await seedDemo(source.database.db, now);
    manager = await signIn(source.app, 'manager@example.org', DEMO_PASSWORD);
    const send = requestsAs(source.app, manager);
    // The live plan: the 2023-24 plan is closed.
    const planId = planListSchema
      .parse((await send('GET', '/api/plans')).json())
      .plans.find((p) => p.state === 'active')!.id;
    const [action] = await source.database.db
      .select({ id: actions.id })
      .from(actions)
      .where(eq(actions.planId, planId))
      .orderBy(actions.ref)
      .limit(1);
    const update = await send('POST', `/api/actions/${action!.id}/updates`, {
      period: '2026-11',
      status: 'Red',
      note: 'Waiting on the new panel',
      revisedDue: '2027-02-28',
    });
    expect(update.statusCode, update.body).toBe(201);
    // Evidence on it, over one chunk: files go into the backup and come back byte for byte.
    const upload = multipart('Panel minutes.png', EVIDENCE);
    const attached = await source.app.inject({
      method: 'POST',
      url: `/api/actions/${action!.id}/updates/${update.json().update.id}/attachments`,
      payload: upload.payload,
      headers: { ...manager.headers, 'content-type': upload.contentType },
    });
    expect(attached.statusCode, attached.body).toBe(201);
    evidenceId = attached.json().id;
    const report = await send('POST', `/api/plans/${planId}/reports`, {
      period: '2026-10',
      title: 'Board, November 2026',
    });
    expect(report.statusCode, report.body).toBe(201);
    expect((await send('POST', `/api/reports/${report.json().id}/publish`)).statusCode).toBe(200);
    backup = await backupOf(source, manager);
    untouched = await newInstall('first@example.org');
  });
  afterAll(async () => {
    await source.close();
    await untouched.ctx.close();
  });

  it('holds every table of the schema but sessions, in foreign-key order, with the history and the audit', () => {
    expect(Object.keys(backup.tables)).toEqual(BACKUP_TABLES.map((t) => t.name));
    expect(Object.keys(backup.tables)).not.toContain('sessions');
    const names = Object.keys(backup.tables);
    expect(names.indexOf('plans')).toBeLessThan(names.indexOf('actions'));
    expect(names.indexOf('actions')).toBeLessThan(names.indexOf('status_updates'));
    for (const table of ['status_updates', 'audit_entries', 'board_reports', 'kpi_values', 'users'])
      expect(backup.tables[table]!.length, table).toBeGreaterThan(0);
    expect(backup.migration.applied).toBeGreaterThan(0);
    expect(backup.tables.status_updates).toContainEqual(
      expect.objectContaining({ note: 'Waiting on the new panel', revised_due: '2027-02-28' }),
    );
  });

  it('restores into a new database that then backs up the same, table by table, plus the restore’s audit entry', async () => {
    // The same manager, set up anew on the new install, restores.
    const { ctx: target, manager: first } = await newInstall('Manager@example.org');
    onTestFinished(() => target.close());
    const reply = await restore(target, first, backup);
    expect(reply.statusCode, reply.body.slice(0, 300)).toBe(200);
    const { restored } = restoreReplySchema.parse(reply.json());
    expect(restored.status_updates).toBe(backup.tables.status_updates!.length);
    // The new install's account gave way to the backup's: its session ended with it.
    expect((await requestsAs(target.app, first)('GET', '/api/plans')).statusCode).toBe(401);

    const restoredManager = await signIn(target.app, 'manager@example.org', DEMO_PASSWORD);
    const evidence = await requestsAs(target.app, restoredManager)('GET', `/api/attachments/${evidenceId}`);
    expect(evidence.statusCode).toBe(200);
    expect(evidence.rawPayload.equals(EVIDENCE)).toBe(true);
    const again = await backupOf(target, restoredManager);
    expect(again.migration).toEqual(backup.migration);
    for (const { name } of BACKUP_TABLES) {
      if (name === 'audit_entries') continue;
      expect(again.tables[name], name).toEqual(backup.tables[name]);
    }
    const audit = again.tables.audit_entries!;
    expect(audit.slice(0, -1)).toEqual(backup.tables.audit_entries);
    // The restore's own entry follows the restored ones: the id sequence carried on after them.
    expect(audit.at(-1)).toMatchObject({
      id: (backup.tables.audit_entries!.at(-1)!.id as number) + 1,
      entity_type: 'database',
      operation: 'restore',
      actor_id: backup.tables.users!.find((u) => u.email === 'manager@example.org')!.id,
      before: { accounts: ['Manager@example.org'] },
      after: { restoredBy: 'Manager@example.org', restored: { status_updates: restored.status_updates } },
    });
    const plansNow = await requestsAs(target.app, restoredManager)('GET', '/api/plans');
    expect(planListSchema.parse(plansNow.json()).plans[0]!.actionCount).toBe(153);
  });

  it('refuses a database that holds data with 409, writing nothing', async () => {
    const reply = await restore(source, manager, backup);
    expect(reply.statusCode).toBe(409);
    expect(errorResponseSchema.parse(reply.json()).error.message).toMatch(
      /already holds data \(.*plans.*\): restore only into a new database/,
    );
    expect(await backupOf(source, manager)).toEqual(backup);
  });

  it.each<[string, number, (file: BackupFile) => unknown, RegExp]>([
    ['not JSON of a backup', 400, () => ({ hello: 'world' }), /not a ragboard backup/],
    ['another format version', 400, (f) => ({ ...f, formatVersion: 2 }), /format version 1 only/],
    [
      'another migration',
      422,
      (f) => ({ ...f, migration: { ...f.migration, applied: f.migration.applied - 1 } }),
      /taken at migration \d+ and this database is at \d+/,
    ],
    ['a missing table', 422, (f) => ({ ...f, tables: { ...f.tables, plans: undefined } }), /missing.*plans/],
    [
      'a row without its columns',
      422,
      (f) => ({ ...f, tables: { ...f.tables, plans: [{ id: f.tables.plans![0]!.id }] } }),
      /Row 1 of plans/,
    ],
    [
      'a value PostgreSQL refuses',
      422,
      (f) => ({ ...f, tables: { ...f.tables, actions: [{ ...f.tables.actions![0]!, status: 'Purple' }] } }),
      /actions cannot be restored/,
    ],
  ])('refuses %s with %i, writing nothing', async (_, status, spoil, message) => {
    const { ctx: target, manager: first } = untouched;
    const reply = await restore(target, first, spoil(backup));
    expect(reply.statusCode, reply.body.slice(0, 300)).toBe(status);
    const { error } = errorResponseSchema.parse(reply.json());
    expect(`${error.message} ${JSON.stringify(error.details)}`).toMatch(message);
    const db = target.database.db;
    expect(await db.select({ n: count() }).from(plans)).toEqual([{ n: 0 }]);
    expect((await db.select({ email: users.email }).from(users)).map((u) => u.email)).toEqual([
      'first@example.org',
    ]);
    expect(await db.select({ n: count() }).from(auditEntries)).toEqual([{ n: 0 }]);
    // The new install's manager is still signed in: the refused restore ended no session.
    expect((await requestsAs(target.app, first)('GET', '/api/plans')).statusCode).toBe(200);
  });

  it('lets only the manager back up or restore', async () => {
    const lead = await signInAs(source.app, 'lead');
    expect((await requestsAs(source.app, lead)('GET', '/api/backup')).statusCode).toBe(403);
    expect((await restore(source, lead, backup)).statusCode).toBe(403);
  });
});
