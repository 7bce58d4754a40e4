import { randomBytes } from 'node:crypto';
import {
  errorResponseSchema,
  outboxListSchema,
  reminderScheduleSchema,
  roundRemindersSchema,
  staleVersionErrorSchema,
  UPDATE_REQUEST_HEADER,
  updateRequestSheetSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { people } from '../../db/schema';
import { auditOf, requestsAs } from '../../test/requests';
import { createRound } from '../../test/round';
import { signInAs } from '../../test/sign-in';
import { type ReceivedMail, startSmtpCapture } from '../../test/smtp';
import { createSharedTestDatabase } from '../../test/test-database';

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpUrl = '';
let received: ReceivedMail[] = [];
let refusals: number[] = [];
beforeAll(async () => {
  smtp = await startSmtpCapture();
  ({ url: smtpUrl, received, refuse: refusals } = smtp);
});
afterAll(() => smtp.close());

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.reverse()) await done();
  cleanup = [];
  smtp.reset();
});

/** One database and a clock, with as many server instances over it as a test starts. */
async function deployment(startAt: string) {
  const shared = await createSharedTestDatabase();
  let clock = new Date(startAt);
  const instances = new Set<FastifyInstance>();
  const start = async () => {
    const app = await buildApp({
      database: shared.open(),
      sessionSecret: randomBytes(32).toString('hex'),
      now: () => clock,
      mail: { smtpUrl, from: 'ragboard <ragboard@example.org>', publicUrl: 'https://ragboard.example.org' },
    });
    instances.add(app);
    return app;
  };
  const stop = async (app: FastifyInstance) => {
    instances.delete(app);
    await app.close();
  };
  cleanup.push(async () => {
    for (const app of instances) await app.close();
    await shared.close();
  });
  const first = await start();
  const round = await createRound(first.database.db);
  return {
    ...round,
    first,
    start,
    stop,
    setClock: (at: string) => {
      clock = new Date(at);
    },
  };
}

const recipients = () => received.map((m) => m.to.join(' + ')).sort();

describe('scheduled reminders', () => {
  it('sends each reminder exactly once across two instances and a restart, and never to a lead all in', async () => {
    const d = await deployment('2026-11-23T09:30:00Z');
    const second = await d.start();
    // Both instances' turns come round together: a week before the deadline.
    await Promise.all([d.first.reminderScheduler.tick(), second.reminderScheduler.tick()]);
    expect(recipients()).toEqual(['dave@example.org', 'sally@example.org']);

    // A restarted instance finds the week-before reminder done.
    await d.stop(d.first);
    const restarted = await d.start();
    await Promise.all([restarted.reminderScheduler.tick(), second.reminderScheduler.tick()]);
    expect(received).toHaveLength(2);

    // Dave gives his update from his link; on deadline day only Sally is reminded.
    const daveMail = received.find((m) => m.to.includes('dave@example.org'))!;
    const token = /\/update\/([A-Za-z0-9_-]{43})/.exec(daveMail.raw)![1]!;
    const sheet = updateRequestSheetSchema.parse(
      (
        await restarted.inject({
          method: 'GET',
          url: '/api/update-request',
          headers: { [UPDATE_REQUEST_HEADER]: token },
        })
      ).json(),
    );
    const action = sheet.sections[0]!.items[0]!.action;
    const given = await restarted.inject({
      method: 'POST',
      url: '/api/update-request/updates',
      headers: { [UPDATE_REQUEST_HEADER]: token },
      payload: {
        updates: [
          {
            actionId: action.id,
            version: action.version,
            period: '2026-11',
            status: 'Green',
            note: 'On track',
          },
        ],
      },
    });
    expect(given.statusCode).toBe(201);

    d.setClock('2026-11-30T09:05:00Z');
    await Promise.all([restarted.reminderScheduler.tick(), second.reminderScheduler.tick()]);
    expect(received).toHaveLength(3);
    expect(received[2]!.to).toEqual(['sally@example.org']);
    expect(received[2]!.raw).not.toMatch(/^Cc:/m);

    // Three days after: escalated, with the delivery group's lead copied in.
    d.setClock('2026-12-03T09:05:00Z');
    await second.reminderScheduler.tick();
    expect(received).toHaveLength(4);
    expect(received[3]!.to.sort()).toEqual(['gina@example.org', 'sally@example.org']);
    expect(received[3]!.raw).toMatch(/^Cc: Gina Lowe <gina@example.org>/m);
    expect(received[3]!.raw).toContain('Copied to Gina Lowe, who leads the delivery group.');
    expect(received[3]!.raw).toMatch(/Subject: ragboard: your November 2026 update is overdue/);

    const manager = await signInAs(second, 'manager');
    const overview = roundRemindersSchema.parse(
      (await requestsAs(second, manager)('GET', `/api/plans/${d.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(overview.points.map((p) => [p.offsetDays, p.state, p.messages])).toEqual([
      [-7, 'sent', 2],
      [0, 'sent', 1],
      [3, 'sent', 1],
    ]);
    expect(overview.leads.map((l) => [l.name, l.due, l.missing])).toEqual([
      ['Sally Richardson', 2, 2],
      ['Dave Carr', 1, 0],
    ]);
    const audit = await auditOf(second, manager, `${d.plan.id}:2026-11`);
    expect(audit.filter((e) => e.operation === 'scheduled-reminders')).toHaveLength(3);
  });

  it('after a time down sends only the latest reminder due, and records the earlier as skipped', async () => {
    const d = await deployment('2026-11-30T11:00:00Z');
    await d.first.reminderScheduler.tick();
    expect(recipients()).toEqual(['dave@example.org', 'sally@example.org']);
    const manager = await signInAs(d.first, 'manager');
    const overview = roundRemindersSchema.parse(
      (await requestsAs(d.first, manager)('GET', `/api/plans/${d.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(overview.points.map((p) => [p.offsetDays, p.state])).toEqual([
      [-7, 'skipped'],
      [0, 'sent'],
      [3, 'planned'],
    ]);
  });

  it('tries a refused email again later, keeps a permanent refusal as failed, and drops the link once sent', async () => {
    const d = await deployment('2026-11-23T09:30:00Z');
    refusals.push(451, 550); // the first recipient: try later; the second: no such mailbox
    await d.first.reminderScheduler.tick();
    const manager = await signInAs(d.first, 'manager');
    const outbox = async () =>
      outboxListSchema.parse(
        (await requestsAs(d.first, manager)('GET', `/api/plans/${d.plan.id}/outbox`)).json(),
      ).messages;
    const first = await outbox();
    expect(first.map((m) => m.state).sort()).toEqual(['failed', 'queued']);
    const queued = first.find((m) => m.state === 'queued')!;
    expect(queued.error).toContain('451');
    expect(queued.attempts).toBe(1);
    expect(first.find((m) => m.state === 'failed')!.error).toContain('550');
    expect(received).toHaveLength(0);

    // Not before its minute is up; then it goes.
    await d.first.reminderScheduler.tick();
    expect(received).toHaveLength(0);
    d.setClock('2026-11-23T09:32:00Z');
    await d.first.reminderScheduler.tick();
    expect(received.map((m) => m.to)).toEqual([[queued.toAddress]]);
    expect(received[0]!.raw).toMatch(/\/update\/[A-Za-z0-9_-]{43}/);
    const after = (await outbox()).find((m) => m.id === queued.id)!;
    expect(after).toMatchObject({ state: 'sent', attempts: 2 });
    expect(after.body).not.toMatch(/\/update\/[A-Za-z0-9_-]{43}/);
    expect(after.body).toContain('link removed once sent');
  });

  it('lets the manager set when reminders go, one edit at a time, and says who cannot be reminded', async () => {
    const d = await deployment('2026-11-20T09:30:00Z');
    await d.first.database.db.update(people).set({ email: null }).where(eq(people.id, d.dave.id));
    const manager = await signInAs(d.first, 'manager');
    const as = requestsAs(d.first, manager);
    const url = `/api/plans/${d.plan.id}/reminder-schedule`;
    const current = await as('GET', url);
    expect(reminderScheduleSchema.parse(current.json())).toEqual({
      enabled: true,
      offsets: [-7, 0, 3],
      escalate: true,
      version: 1,
    });
    expect(current.headers.etag).toBe('"1"');

    const bad = await as(
      'PUT',
      url,
      { enabled: true, offsets: [-3, -3, 40], escalate: false },
      { 'if-match': '"1"' },
    );
    expect(bad.statusCode).toBe(400);
    const messages = errorResponseSchema.parse(bad.json()).error.details as {
      path: string;
      message: string;
    }[];
    expect(messages.map((m) => m.message)).toEqual(
      expect.arrayContaining(['Reminders go at most 31 days after the deadline', 'Choose each day once']),
    );

    const saved = await as(
      'PUT',
      url,
      { enabled: true, offsets: [1, -3], escalate: false },
      { 'if-match': '"1"' },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    const stale = await as(
      'PUT',
      url,
      { enabled: false, offsets: [], escalate: false },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      version: 2,
      offsets: [-3, 1],
    });
    // An ETag no version could have is as stale as any other, never a query out of range.
    const huge = await as(
      'PUT',
      url,
      { enabled: false, offsets: [], escalate: false },
      { 'if-match': `"${'9'.repeat(30)}"` },
    );
    expect(huge.statusCode).toBe(409);

    const overview = roundRemindersSchema.parse(
      (await as('GET', `/api/plans/${d.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(overview.points.map((p) => [p.offsetDays, p.at, p.escalate, p.state])).toEqual([
      [-3, '2026-11-27T09:00:00.000Z', false, 'planned'],
      [1, '2026-12-01T09:00:00.000Z', false, 'planned'],
    ]);
    expect(overview.openUntil).toBe('2026-12-05');
    expect(overview.leads.find((l) => l.name === 'Dave Carr')).toMatchObject({ email: null, missing: 1 });
    const audit = await auditOf(d.first, manager, d.plan.id);
    expect(audit.find((e) => e.entityType === 'reminder-schedule')).toMatchObject({ operation: 'update' });

    // Past the last day for updates a reminder is never sent: its link would not work.
    await as('PUT', url, { enabled: true, offsets: [-3, 8], escalate: true }, { 'if-match': '"2"' });
    const late = roundRemindersSchema.parse(
      (await as('GET', `/api/plans/${d.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(late.points.map((p) => p.state)).toEqual(['planned', 'after-updates-close']);
  });
});
