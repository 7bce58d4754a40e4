import {
  boardReportSchema,
  type ReportingBody,
  reportingBodyListSchema,
  reportListSchema,
  staleVersionErrorSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardReports } from '../../db/schema';
import { createPlan, openPeriod, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('the bodies a plan reports to, their meetings and packs', () => {
  let clock = new Date('2026-12-01T09:00:00Z');
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let other: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  let lead: SignedIn;
  let planId: string;
  let priorityIds: string[];
  const send = () => requestsAs(ctx.app, manager);
  const listed = async (): Promise<ReportingBody[]> =>
    reportingBodyListSchema.parse((await send()('GET', `/api/plans/${planId}/bodies`)).json()).bodies;
  const reportTitles = async () =>
    reportListSchema
      .parse((await send()('GET', `/api/plans/${planId}/reports`)).json())
      .reports.map((r) => r.title)
      .sort();

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    // A second instance on the same database, as behind a load balancer.
    other = await createTestApp({ database: ctx.database, now: () => clock, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    board = await signInAs(ctx.app, 'board');
    lead = await signInAs(ctx.app, 'lead');
    const plan = await createPlan(ctx.database.db, [2, 1, 2], 'Partnership plan');
    planId = plan.id;
    priorityIds = (await planRows(ctx.database.db, planId)).priorities.map((p) => p.id);
  });
  afterAll(async () => {
    await other.app.close();
    await ctx.close();
  });

  it('records bodies and meetings for the manager, refusing what cannot be right', async () => {
    const empty = await send()('POST', `/api/plans/${planId}/bodies`, { name: ' ', cadence: '' });
    expect(empty.statusCode).toBe(400);
    expect(refusedFields(empty.json()).sort()).toEqual(['body.cadence', 'body.name']);
    const foreign = await createPlan(ctx.database.db, [1, 1, 1], 'Another plan');
    const stranger = (await planRows(ctx.database.db, foreign.id)).priorities[0]!.id;
    const wrong = await send()('POST', `/api/plans/${planId}/bodies`, {
      name: 'Health and Wellbeing Board',
      cadence: 'Every two months',
      priorityIds: [stranger],
    });
    expect(wrong.statusCode).toBe(400);
    expect(refusedFields(wrong.json())).toEqual(['body.priorityIds']);
    const refused = await requestsAs(ctx.app, board)('POST', `/api/plans/${planId}/bodies`, {
      name: 'x',
      cadence: 'x',
    });
    expect(refused.statusCode).toBe(403);

    const made = await send()('POST', `/api/plans/${planId}/bodies`, {
      name: 'SEND Partnership Board',
      cadence: 'Every two months',
      sections: ['summary', 'exceptions'],
    });
    expect(made.statusCode, made.body).toBe(201);
    const scoped = await send()('POST', `/api/plans/${planId}/bodies`, {
      name: 'Health and Wellbeing Board',
      cadence: 'Quarterly',
      priorityIds: [priorityIds[0]],
      draftDaysBefore: 3,
    });
    expect(scoped.statusCode, scoped.body).toBe(201);
    const { bodies } = reportingBodyListSchema.parse(scoped.json());
    expect(bodies.map((b) => [b.name, b.cadence, b.priorityIds, b.draftDaysBefore])).toEqual([
      ['Health and Wellbeing Board', 'Quarterly', [priorityIds[0]], 3],
      ['SEND Partnership Board', 'Every two months', null, 7],
    ]);

    const board1 = bodies[1]!.id;
    const late = await send()('POST', `/api/bodies/${board1}/meetings`, {
      meetsOn: '2026-12-14',
      papersDue: '2026-12-15',
    });
    expect(late.statusCode).toBe(400);
    expect(refusedFields(late.json())).toEqual(['body.papersDue']);
    for (const meeting of [
      { meetsOn: '2027-02-10', papersDue: '2027-02-01' },
      { meetsOn: '2026-12-14', papersDue: '2026-12-07' },
    ])
      expect((await send()('POST', `/api/bodies/${board1}/meetings`, meeting)).statusCode).toBe(201);
    const hwb = bodies[0]!.id;
    const last = await send()('POST', `/api/bodies/${hwb}/meetings`, {
      meetsOn: '2026-12-10',
      papersDue: '2026-12-04',
    });
    const listed = reportingBodyListSchema.parse(last.json()).bodies;
    expect(listed[1]!.meetings.map((m) => [m.meetsOn, m.papersDue, m.draftOn, m.report])).toEqual([
      ['2026-12-14', '2026-12-07', '2026-11-30', null],
      ['2027-02-10', '2027-02-01', '2027-01-25', null],
    ]);
    expect(listed[0]!.meetings[0]!.draftOn).toBe('2026-12-01');
  });

  it('drafts each due meeting’s pack once, from the latest closed month, even with two instances at once', async () => {
    // No month closed yet: nothing to report from, so nothing is drafted.
    await Promise.all([ctx.app.reminderScheduler.tick(), other.app.reminderScheduler.tick()]);
    expect(await ctx.database.db.select().from(boardReports).where(eq(boardReports.planId, planId))).toEqual(
      [],
    );

    await openPeriod(ctx.database.db, planId, '2026-10', 'closed');
    await openPeriod(ctx.database.db, planId, '2026-11', 'open');
    await Promise.all([ctx.app.reminderScheduler.tick(), other.app.reminderScheduler.tick()]);
    await Promise.all([ctx.app.reminderScheduler.tick(), other.app.reminderScheduler.tick()]);
    const reports = await ctx.database.db.select().from(boardReports).where(eq(boardReports.planId, planId));
    expect(reports.map((r) => r.title).sort()).toEqual([
      'Health and Wellbeing Board, 10 December 2026',
      'SEND Partnership Board, 14 December 2026',
    ]);

    const { bodies } = reportingBodyListSchema.parse(
      (await send()('GET', `/api/plans/${planId}/bodies`)).json(),
    );
    const partnership = bodies[1]!;
    expect(partnership.meetings[0]!.report).toMatchObject({ state: 'draft' });
    expect(partnership.meetings[1]!.report).toBeNull();
    const pack = boardReportSchema.parse(
      (await send()('GET', `/api/reports/${partnership.meetings[0]!.report!.id}`)).json(),
    );
    expect(pack).toMatchObject({ period: '2026-10', sections: ['summary', 'exceptions'], state: 'draft' });
    expect(pack.snapshot.priorities).toHaveLength(2);

    // The Health and Wellbeing Board's pack covers its one priority, its summary of that alone.
    const scoped = boardReportSchema.parse(
      (await send()('GET', `/api/reports/${bodies[0]!.meetings[0]!.report!.id}`)).json(),
    );
    expect(scoped.snapshot.priorities.map((p) => p.id)).toEqual([priorityIds[0]]);
    expect(scoped.snapshot.summary.total).toBe(2);

    // A draft is the manager's: the board sees the meeting, not yet its pack.
    const seen = reportingBodyListSchema.parse(
      (await requestsAs(ctx.app, board)('GET', `/api/plans/${planId}/bodies`)).json(),
    );
    expect(seen.bodies[1]!.meetings[0]!.report).toBeNull();
  });

  it('drafts the next meeting’s pack when its day comes', async () => {
    clock = new Date('2027-01-25T09:00:00Z');
    manager = await signInAs(ctx.app, 'manager');
    await ctx.app.reminderScheduler.tick();
    const { bodies } = reportingBodyListSchema.parse(
      (await send()('GET', `/api/plans/${planId}/bodies`)).json(),
    );
    expect(bodies[1]!.meetings[1]!.report).toMatchObject({
      title: 'SEND Partnership Board, 10 February 2027',
    });
  });

  it('changes a body with its version, 409 with it as it stands when stale, refusing what cannot be right', async () => {
    // Signed in again: the clock has moved on past the first sessions.
    board = await signInAs(ctx.app, 'board');
    lead = await signInAs(ctx.app, 'lead');
    const partnership = (await listed())[1]!;
    expect(partnership.name).toBe('SEND Partnership Board');
    const url = `/api/bodies/${partnership.id}`;
    const ifMatch = { 'if-match': `"${partnership.version}"` };

    for (const who of [board, lead]) {
      const refused = await requestsAs(ctx.app, who)('PATCH', url, { cadence: 'Monthly' }, ifMatch);
      expect(refused.statusCode).toBe(403);
    }
    const blank = await send()('PATCH', url, { cadence: ' ' }, ifMatch);
    expect(blank.statusCode).toBe(400);
    expect(refusedFields(blank.json())).toEqual(['body.cadence']);
    const foreign = await createPlan(ctx.database.db, [1, 1, 1], 'Yet another plan');
    const stranger = (await planRows(ctx.database.db, foreign.id)).priorities[0]!.id;
    const wrong = await send()('PATCH', url, { priorityIds: [stranger] }, ifMatch);
    expect(wrong.statusCode).toBe(400);
    expect(refusedFields(wrong.json())).toEqual(['body.priorityIds']);
    expect((await send()('PATCH', url, {}, ifMatch)).statusCode).toBe(400);
    const unknown = `/api/bodies/00000000-0000-4000-8000-000000000000`;
    expect((await send()('PATCH', unknown, { cadence: 'Monthly' })).statusCode).toBe(404);

    const changed = await send()(
      'PATCH',
      url,
      { cadence: 'Monthly', priorityIds: [priorityIds[1]], draftDaysBefore: 5 },
      ifMatch,
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const after = reportingBodyListSchema.parse(changed.json()).bodies[1]!;
    expect(after).toMatchObject({
      name: 'SEND Partnership Board',
      cadence: 'Monthly',
      priorityIds: [priorityIds[1]],
      draftDaysBefore: 5,
      sections: ['summary', 'exceptions'],
      version: partnership.version + 1,
    });
    expect(after.meetings).toHaveLength(partnership.meetings.length);

    // A second writer still holding the old version loses, and is shown the body as it stands.
    const stale = await send()('PATCH', url, { cadence: 'Every two months' }, ifMatch);
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      id: partnership.id,
      cadence: 'Monthly',
    });
    expect((await listed())[1]!.cadence).toBe('Monthly');

    const [entry] = (await auditOf(ctx.app, manager, partnership.id)).filter((e) => e.operation === 'update');
    expect(entry).toMatchObject({
      before: { cadence: 'Every two months', priorityIds: null, draftDaysBefore: 7 },
      after: { cadence: 'Monthly', priorityIds: [priorityIds[1]], draftDaysBefore: 5 },
    });
    // Back to the whole plan: null is a change, not "left out".
    const whole = await send()('PATCH', url, { priorityIds: null }, { 'if-match': `"${after.version}"` });
    expect(reportingBodyListSchema.parse(whole.json()).bodies[1]!.priorityIds).toBeNull();
  });

  it('moves and cancels meetings; a drafted pack stays linked when moved, and stays a report when cancelled', async () => {
    const partnership = (await listed())[1]!;
    const [december, february] = partnership.meetings;
    expect(december!.report).not.toBeNull();
    expect(february!.report).not.toBeNull();

    const late = await send()('PATCH', `/api/meetings/${february!.id}`, {
      meetsOn: '2027-02-12',
      papersDue: '2027-02-13',
    });
    expect(late.statusCode).toBe(400);
    expect(refusedFields(late.json())).toEqual(['body.papersDue']);
    const refused = await requestsAs(ctx.app, board)('PATCH', `/api/meetings/${february!.id}`, {
      meetsOn: '2027-02-12',
      papersDue: '2027-02-03',
    });
    expect(refused.statusCode).toBe(403);
    const unknown = '/api/meetings/00000000-0000-4000-8000-000000000000';
    expect(
      (await send()('PATCH', unknown, { meetsOn: '2027-02-12', papersDue: '2027-02-03' })).statusCode,
    ).toBe(404);
    expect((await send()('DELETE', unknown)).statusCode).toBe(404);

    const moved = await send()(
      'PATCH',
      `/api/meetings/${february!.id}`,
      { meetsOn: '2027-02-12', papersDue: '2027-02-03' },
      { 'if-match': `"${february!.version}"` },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    const meeting = reportingBodyListSchema.parse(moved.json()).bodies[1]!.meetings[1]!;
    expect(meeting).toMatchObject({
      id: february!.id,
      meetsOn: '2027-02-12',
      papersDue: '2027-02-03',
      version: february!.version + 1,
    });
    expect(meeting.report?.id).toBe(february!.report!.id);
    // Its draft pack takes the new date in its title.
    expect(meeting.report?.title).toBe('SEND Partnership Board, 12 February 2027');
    expect(await reportTitles()).not.toContain(february!.report!.title);
    // Moved or cancelled with the version seen before that move: refused, with the meeting as it stands.
    for (const [method, body] of [
      ['PATCH', { meetsOn: '2027-02-19', papersDue: '2027-02-10' }],
      ['DELETE', undefined],
    ] as const) {
      const stale = await send()(method, `/api/meetings/${february!.id}`, body, {
        'if-match': `"${february!.version}"`,
      });
      expect(stale.statusCode, method).toBe(409);
      expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
        id: february!.id,
        meetsOn: '2027-02-12',
      });
    }

    expect((await requestsAs(ctx.app, lead)('DELETE', `/api/meetings/${december!.id}`)).statusCode).toBe(403);
    const cancelled = await send()('DELETE', `/api/meetings/${december!.id}`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(reportingBodyListSchema.parse(cancelled.json()).bodies[1]!.meetings.map((m) => m.id)).toEqual([
      february!.id,
    ]);
    // Its pack is kept, an ordinary report now.
    expect(await reportTitles()).toContain('SEND Partnership Board, 14 December 2026');
    expect((await send()('GET', `/api/reports/${december!.report!.id}`)).statusCode).toBe(200);

    expect((await auditOf(ctx.app, manager, february!.id)).map((e) => e.operation)).toContain('update');
    const [gone] = (await auditOf(ctx.app, manager, december!.id)).filter((e) => e.operation === 'cancel');
    expect(gone).toMatchObject({ before: { meetsOn: '2026-12-14', reportId: december!.report!.id } });
  });

  it('retires a body: no longer listed nor drafted for, its packs kept', async () => {
    const health = (await listed())[0]!;
    expect(health.name).toBe('Health and Wellbeing Board');
    // A meeting whose day to draft has come (papers due 27 January less 3 days).
    const added = await send()('POST', `/api/bodies/${health.id}/meetings`, {
      meetsOn: '2027-02-05',
      papersDue: '2027-01-27',
    });
    expect(added.statusCode).toBe(201);
    const { version } = reportingBodyListSchema.parse(added.json()).bodies[0]!;
    const url = `/api/bodies/${health.id}/retire`;

    expect(
      (await requestsAs(ctx.app, board)('POST', url, undefined, { 'if-match': `"${version}"` })).statusCode,
    ).toBe(403);
    const stale = await send()('POST', url, undefined, { 'if-match': `"${version + 1}"` });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      id: health.id,
    });
    const retired = await send()('POST', url, undefined, { 'if-match': `"${version}"` });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(reportingBodyListSchema.parse(retired.json()).bodies.map((b) => b.name)).toEqual([
      'SEND Partnership Board',
    ]);
    expect((await listed()).map((b) => b.id)).not.toContain(health.id);

    await ctx.app.reminderScheduler.tick();
    const titles = await reportTitles();
    expect(titles).not.toContain('Health and Wellbeing Board, 5 February 2027');
    expect(titles).toContain('Health and Wellbeing Board, 10 December 2026');

    // Nothing more is done to a retired body.
    expect((await send()('PATCH', `/api/bodies/${health.id}`, { cadence: 'Monthly' })).statusCode).toBe(404);
    expect((await send()('POST', url)).statusCode).toBe(404);
    expect(
      (
        await send()('POST', `/api/bodies/${health.id}/meetings`, {
          meetsOn: '2027-03-05',
          papersDue: '2027-03-01',
        })
      ).statusCode,
    ).toBe(404);
    expect((await auditOf(ctx.app, manager, health.id)).map((e) => e.operation)).toContain('retire');
  });
});
