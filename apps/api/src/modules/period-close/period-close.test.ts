import {
  errorResponseSchema,
  outboxListSchema,
  periodClosePreviewSchema,
  remindersReplySchema,
  roundRemindersSchema,
  UPDATE_REQUEST_HEADER,
  updateRequestRefusalSchema,
} from '@ragboard/shared';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { reportingPeriods, statusUpdates, updateRequests } from '../../db/schema';
import { auditOf, requestsAs } from '../../test/requests';
import { roundApp } from '../../test/round';
import { signInAs } from '../../test/sign-in';

let round: Awaited<ReturnType<typeof roundApp>> | undefined;
afterEach(async () => {
  await round?.close();
  round = undefined;
});

/** The round of test/round.ts (November 2026 open, deadline the 30th, five days' grace) at `at`. */
async function roundAt(at: string) {
  round = await roundApp(at);
  const { as, base } = round;
  return {
    ...round,
    outbox: async () =>
      outboxListSchema.parse((await as('GET', `${base}/outbox?period=2026-11`)).json()).messages,
    reminders: async () =>
      roundRemindersSchema.parse((await as('GET', `${base}/periods/2026-11/reminders`)).json()),
  };
}

describe('closing a month', () => {
  it('refuses its reminders from then on (409, nothing written) and cancels its scheduled ones, which never go', async () => {
    const r = await roundAt('2026-11-23T09:30:00Z');
    await r.app.reminderScheduler.tick();
    const before = await r.outbox();
    expect(before.map((m) => m.toAddress).sort()).toEqual(['dave@example.org', 'sally@example.org']);

    expect((await r.as('POST', `${r.base}/periods/2026-11/close`)).statusCode).toBe(200);
    const refused = await r.as('POST', `${r.base}/periods/2026-11/reminders`);
    expect(refused.statusCode).toBe(409);
    expect(errorResponseSchema.parse(refused.json()).error).toEqual({
      code: 'conflict',
      message: 'November 2026 is closed: reminders cannot be sent for it',
    });

    for (const at of ['2026-11-30T09:05:00Z', '2026-12-03T09:05:00Z']) {
      await r.setClock(at);
      await r.app.reminderScheduler.tick();
    }
    expect((await r.outbox()).map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect((await r.reminders()).points.map((p) => [p.offsetDays, p.state])).toEqual([
      [-7, 'sent'],
      [0, 'cancelled'],
      [3, 'cancelled'],
    ]);
  });

  it('expires its live links at once: each then says the month is closed, and none is counted live', async () => {
    const r = await roundAt('2026-11-24T10:00:00Z');
    const sent = remindersReplySchema.parse(
      (await r.as('POST', `${r.base}/periods/2026-11/reminders`)).json(),
    );
    const tokens = sent.messages.map((m) => /\/update\/([A-Za-z0-9_-]{43})/.exec(m.body)![1]!);
    expect(tokens).toHaveLength(2);
    const link = (token: string) =>
      r.app.inject({
        method: 'GET',
        url: '/api/update-request',
        headers: { [UPDATE_REQUEST_HEADER]: token },
      });
    expect((await link(tokens[0]!)).statusCode).toBe(200);

    await r.setClock('2026-11-25T08:00:00Z');
    expect((await r.as('POST', `${r.base}/periods/2026-11/close`)).statusCode).toBe(200);
    for (const token of tokens) {
      const refused = await link(token);
      expect(refused.statusCode).toBe(401);
      const { details } = errorResponseSchema.parse(refused.json()).error;
      expect(updateRequestRefusalSchema.parse(details)).toMatchObject({
        reason: 'period-closed',
        period: '2026-11',
      });
    }
    expect((await r.reminders()).activeLinks).toBe(0);
    const rows = await r.db.select().from(updateRequests).where(eq(updateRequests.planId, r.plan.id));
    expect(rows.map((row) => [row.expiresAt.toISOString(), row.revokedAt])).toEqual([
      ['2026-11-25T08:00:00.000Z', null],
      ['2026-11-25T08:00:00.000Z', null],
    ]);
  });

  it('tells the manager first what closing ends, and records what it ended', async () => {
    const r = await roundAt('2026-11-20T10:00:00Z');
    await r.as('POST', `${r.base}/periods/2026-11/reminders`);
    await r.db.insert(statusUpdates).values({
      actionId: r.actions[2].id,
      period: '2026-11',
      status: 'Green',
      note: 'Done on time',
      createdAt: new Date('2026-11-20T09:00:00Z'),
    });
    const preview = async () => {
      const reply = await r.as('GET', `${r.base}/periods/2026-11/close-preview`);
      expect(reply.statusCode).toBe(200);
      return periodClosePreviewSchema.parse(reply.json());
    };
    const before = await preview();
    expect(before.month).toBe('2026-11');
    expect(before.deadline).toBe('2026-11-30');
    expect(before.missingUpdates.map((m) => [m.action.ref, m.leads.map((l) => l.name)])).toEqual([
      ['1.1.1', ['Sally Richardson']],
      ['1.1.2', ['Sally Richardson']],
    ]);
    expect(before.liveLinks.map((l) => [l.name, l.links])).toEqual([
      ['Dave Carr', 1],
      ['Sally Richardson', 1],
    ]);
    expect(before.remindersToCancel.map((p) => p.at)).toEqual([
      '2026-11-23T09:00:00.000Z',
      '2026-11-30T09:00:00.000Z',
      '2026-12-03T09:00:00.000Z',
    ]);

    // After the deadline: no deadline to name, and only the reminder still to come.
    await r.setClock('2026-12-01T10:00:00Z');
    await r.app.reminderScheduler.tick();
    const after = await preview();
    expect(after.deadline).toBeNull();
    expect(after.remindersToCancel.map((p) => p.offsetDays)).toEqual([3]);

    const closed = await r.as('POST', `${r.base}/periods/2026-11/close`);
    const [period] = await r.db
      .select()
      .from(reportingPeriods)
      .where(and(eq(reportingPeriods.planId, r.plan.id), eq(reportingPeriods.month, '2026-11')));
    const [entry] = await auditOf(r.app, r.manager(), period!.id);
    expect(closed.statusCode).toBe(200);
    expect(entry).toMatchObject({
      operation: 'close',
      after: {
        state: 'closed',
        updatesMissing: ['1.1.1', '1.1.2'],
        remindersCancelled: ['2026-12-03T09:00:00.000Z'],
      },
    });
    // The manager's two links of the 20th and the scheduler's one to Sally on the deadline.
    const links = await r.db.select().from(updateRequests).where(eq(updateRequests.planId, r.plan.id));
    expect(links).toHaveLength(3);
    expect([...(entry!.after as { linksExpired: string[] }).linksExpired].sort()).toEqual(
      links.map((l) => l.id).sort(),
    );
  });

  it('is the manager’s to preview, for an open month only', async () => {
    const r = await roundAt('2026-11-24T10:00:00Z');
    const lead = await signInAs(r.app, 'lead', { personId: r.sally.id });
    expect((await requestsAs(r.app, lead)('GET', `${r.base}/periods/2026-11/close-preview`)).statusCode).toBe(
      403,
    );
    expect((await r.as('GET', `${r.base}/periods/2026-09/close-preview`)).statusCode).toBe(404);
    const closed = await r.as('GET', `${r.base}/periods/2026-10/close-preview`);
    expect(closed.statusCode).toBe(409);
    expect(errorResponseSchema.parse(closed.json()).error.message).toBe('October 2026 is closed already');
  });
});
