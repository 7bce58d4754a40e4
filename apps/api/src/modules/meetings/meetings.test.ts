import { boardReportSchema, reportingBodyListSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardReports } from '../../db/schema';
import { createPlan, openPeriod, planRows } from '../../test/factories';
import { refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('the bodies a plan reports to, their meetings and packs', () => {
  let clock = new Date('2026-12-01T09:00:00Z');
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let other: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  let planId: string;
  let priorityIds: string[];
  const send = () => requestsAs(ctx.app, manager);

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    // A second instance on the same database, as behind a load balancer.
    other = await createTestApp({ database: ctx.database, now: () => clock, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    board = await signInAs(ctx.app, 'board');
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
});
