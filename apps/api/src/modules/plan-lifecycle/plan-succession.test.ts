import {
  actionSchema,
  boardReportSchema,
  earlierHistorySchema,
  errorResponseSchema,
  findingListSchema,
  findingSchema,
  kpiListSchema,
  nextPlanStartedReplySchema,
  planClosedReplySchema,
  planListSchema,
  planTreeSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actionLeads, kpis, kpiTargets, plans } from '../../db/schema';
import { announcePlanChange } from '../../journal';
import { createPlan, planRows } from '../../test/factories';
import { readExports } from '../../test/read-exports';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');
let nextNumber = 0;
/** The next plan's details: each test's own title, so each its own address. */
let NEXT = { title: '', periodStart: '2027-01', periodEnd: '2028-12' };

describe('starting the next plan', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager', { displayName: 'Partnership Manager' });
    board = await signInAs(ctx.app, 'board');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());
  beforeEach(() => {
    NEXT = { ...NEXT, title: `Improvement Plan 2027-28 (${++nextNumber})` };
  });

  /**
   * Two priorities of one outcome of three actions: 1.1.1 Blue, 1.1.2 Red with a new date,
   * 1.1.3 never updated, 2.1.x Green; a KPI on outcome 1.1 with a latest actual; a finding on 1.1.2.
   */
  async function planToCarry() {
    const plan = await createPlan(
      ctx.database.db,
      [2, 1, 3],
      `Plan ${Math.random().toString(36).slice(2, 8)}`,
    );
    const { actions } = await planRows(ctx.database.db, plan.id);
    const byRef = (ref: string) => actions.find((a) => a.ref === ref)!;
    const update = async (ref: string, body: object) =>
      expect((await send('POST', `/api/actions/${byRef(ref).id}/updates`, body)).statusCode).toBe(201);
    await update('1.1.1', { period: '2026-10', status: 'Blue', note: 'Done and evidenced' });
    await update('1.1.2', { period: '2026-10', status: 'Amber', note: 'Slipping' });
    await update('1.1.2', {
      period: '2026-11',
      status: 'Red',
      note: 'Recruitment delayed',
      revisedDue: '2027-03-31',
    });
    for (const ref of ['2.1.1', '2.1.2', '2.1.3'])
      await update(ref, { period: '2026-11', status: 'Green', note: 'On track' });
    const [kpi] = await ctx.database.db
      .insert(kpis)
      .values({
        planId: plan.id,
        outcomeRef: '1.1',
        position: 1,
        statement: 'Plans on time',
        baselineValue: 50,
        baselineText: '50%',
      })
      .returning();
    await ctx.database.db
      .insert(kpiTargets)
      .values({ kpiId: kpi!.id, monthsFromStart: 12, value: 70, text: '70%' });
    await announcePlanChange(ctx.database.db, plan.id);
    expect(
      (await send('POST', `/api/kpis/${kpi!.id}/values`, { period: '2026-10', value: 64 })).statusCode,
    ).toBe(201);
    const finding = await send('POST', `/api/plans/${plan.id}/findings`, {
      ref: 'A1',
      title: 'Timeliness of plans',
      actionIds: [byRef('1.1.2').id],
    });
    expect(finding.statusCode).toBe(201);
    return { plan, byRef, kpi: kpi!, finding: findingSchema.parse(finding.json()) };
  }

  it('makes a draft successor with the continuing items, the unfinished actions linked to their history, the KPIs and the findings', async () => {
    const { plan, byRef, finding } = await planToCarry();
    const reply = await send('POST', `/api/plans/${plan.id}/successor`, NEXT);
    expect(reply.statusCode).toBe(201);
    const started = nextPlanStartedReplySchema.parse(reply.json());
    expect(started.plan).toMatchObject({ ...NEXT, state: 'draft', predecessorId: plan.id });
    expect(started.carried).toEqual({ priorities: 2, outcomes: 2, actions: 5, kpis: 1, findings: 1 });

    const tree = planTreeSchema.parse((await send('GET', `/api/plans/${started.plan.id}`)).json());
    const carried = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    // The Blue stays behind; the rest carry with their leads and original date, a Red's new date in force.
    expect(carried.map((a) => a.ref)).toEqual(['1.1.2', '1.1.3', '2.1.1', '2.1.2', '2.1.3']);
    expect(carried.every((a) => a.status === 'Grey' && a.leads.length === 1)).toBe(true);
    expect(carried[0]).toMatchObject({
      dueMonth: '2026-06',
      newDate: { date: '2027-03-31', source: 'carried', since: NEXT.periodStart },
      carriedFrom: { planId: plan.id, planTitle: plan.title, actionId: byRef('1.1.2').id, ref: '1.1.2' },
    });

    // The old action points on to its successor; the new one brings its history.
    const old = actionSchema.parse((await send('GET', `/api/actions/${byRef('1.1.2').id}`)).json());
    expect(old.carriedTo).toEqual({
      planId: started.plan.id,
      planTitle: NEXT.title,
      actionId: carried[0]!.id,
      ref: '1.1.2',
    });
    const history = earlierHistorySchema.parse(
      (await requestsAs(ctx.app, board)('GET', `/api/actions/${carried[0]!.id}/earlier-history`)).json(),
    );
    expect(history.plans).toHaveLength(1);
    expect(history.plans[0]!.plan.title).toBe(plan.title);
    expect(history.plans[0]!.updates.map((u) => [u.period, u.status])).toEqual([
      ['2026-11', 'Red'],
      ['2026-10', 'Amber'],
    ]);

    // KPIs: the latest actual is the new baseline, targets counted from the new start.
    const { kpis: newKpis } = kpiListSchema.parse(
      (await send('GET', `/api/plans/${started.plan.id}/kpis`)).json(),
    );
    expect(newKpis).toHaveLength(1);
    expect(newKpis[0]).toMatchObject({ statement: 'Plans on time', baselineValue: 64 });
    expect(newKpis[0]!.baselineText).toContain('October 2026');

    // The finding moves on: judged in the new plan, its trail running through both plans' actions.
    const moved = findingSchema.parse((await send('GET', `/api/findings/${finding.id}`)).json());
    expect(moved.planId).toBe(started.plan.id);
    expect(moved.actions.map((a) => [a.plan.title, a.ref])).toEqual([
      [plan.title, '1.1.2'],
      [NEXT.title, '1.1.2'],
    ]);
    const oldFindings = findingListSchema.parse((await send('GET', `/api/plans/${plan.id}/findings`)).json());
    expect(oldFindings.findings.map((f) => f.id)).toEqual([finding.id]);

    // The chain shows in the plan list; people are shared, not copied.
    const list = planListSchema.parse((await requestsAs(ctx.app, board)('GET', '/api/plans')).json()).plans;
    expect(list.find((p) => p.id === plan.id)).toMatchObject({
      successorId: started.plan.id,
      predecessorId: null,
    });
    expect(list.find((p) => p.id === started.plan.id)).toMatchObject({
      predecessorId: plan.id,
      successorId: null,
    });
    const [oldLead] = await ctx.database.db
      .select()
      .from(actionLeads)
      .where(eq(actionLeads.actionId, byRef('1.1.2').id));
    expect(carried[0]!.leads[0]!.id).toBe(oldLead!.personId);

    expect((await auditOf(ctx.app, manager, started.plan.id)).map((e) => e.operation)).toContain(
      'carry-forward',
    );
    expect((await auditOf(ctx.app, manager, plan.id)).map((e) => e.operation)).toContain('successor');
  });

  it('renames and renumbers what continues as the manager asks, and carries only the actions chosen', async () => {
    const { plan, byRef } = await planToCarry();
    const { priorities, outcomes } = await planRows(ctx.database.db, plan.id);
    const reply = await send('POST', `/api/plans/${plan.id}/successor`, {
      ...NEXT,
      priorities: [{ id: priorities[0]!.id, ref: '3', title: 'Timely plans' }],
      outcomes: [{ id: outcomes[0]!.id }],
      actionIds: [byRef('1.1.3').id],
      kpis: [],
    });
    expect(reply.statusCode).toBe(201);
    const started = nextPlanStartedReplySchema.parse(reply.json());
    expect(started.carried).toEqual({ priorities: 1, outcomes: 1, actions: 1, kpis: 0, findings: 1 });
    const tree = planTreeSchema.parse((await send('GET', `/api/plans/${started.plan.id}`)).json());
    expect(tree.priorities.map((p) => [p.ref, p.title])).toEqual([['3', 'Timely plans']]);
    expect(tree.priorities[0]!.outcomes.map((o) => [o.ref, o.actions.map((a) => a.ref)])).toEqual([
      ['3.1', ['3.1.3']],
    ]);
  });

  it('is idempotent: asking again answers with the same plan, and there is never a second', async () => {
    const { plan } = await planToCarry();
    const [first, second] = await Promise.all([
      send('POST', `/api/plans/${plan.id}/successor`, NEXT),
      send('POST', `/api/plans/${plan.id}/successor`, { ...NEXT, title: 'A double click' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    const a = nextPlanStartedReplySchema.parse(first.json());
    const b = nextPlanStartedReplySchema.parse(second.json());
    expect(b.plan.id).toBe(a.plan.id);
    expect(b.carried).toEqual(a.carried);
    const successors = await ctx.database.db.select().from(plans).where(eq(plans.predecessorId, plan.id));
    expect(successors).toHaveLength(1);
  });

  it('refuses a closed or draft plan, a board member, strangers, completed actions and clashing refs', async () => {
    const { plan, byRef } = await planToCarry();
    expect(
      (await requestsAs(ctx.app, board)('POST', `/api/plans/${plan.id}/successor`, NEXT)).statusCode,
    ).toBe(403);

    const stranger = '00000000-0000-4000-8000-000000000099';
    const strange = await send('POST', `/api/plans/${plan.id}/successor`, { ...NEXT, actionIds: [stranger] });
    expect(strange.statusCode).toBe(400);
    expect(refusedFields(strange.json())).toEqual(['body.actionIds.0']);
    const blue = await send('POST', `/api/plans/${plan.id}/successor`, {
      ...NEXT,
      actionIds: [byRef('1.1.1').id],
    });
    expect(blue.statusCode).toBe(400);
    expect(blue.json().error.message).toBe('Action 1.1.1 is completed: it is not carried forward');
    const { priorities } = await planRows(ctx.database.db, plan.id);
    const clash = await send('POST', `/api/plans/${plan.id}/successor`, {
      ...NEXT,
      priorities: priorities.map((p) => ({ id: p.id, ref: '1' })),
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.message).toBe('Two items of the next plan would both be 1');
    const backwards = await send('POST', `/api/plans/${plan.id}/successor`, {
      ...NEXT,
      periodEnd: '2026-12',
    });
    expect(refusedFields(backwards.json())).toEqual(['body.periodEnd']);
    expect(await ctx.database.db.select().from(plans).where(eq(plans.predecessorId, plan.id))).toEqual([]);

    await ctx.database.db.update(plans).set({ state: 'draft' }).where(eq(plans.id, plan.id));
    await announcePlanChange(ctx.database.db, plan.id);
    const draft = await send('POST', `/api/plans/${plan.id}/successor`, NEXT);
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.message).toBe('Only an active plan starts the next one; this one is draft');

    await ctx.database.db.update(plans).set({ state: 'active' }).where(eq(plans.id, plan.id));
    await announcePlanChange(ctx.database.db, plan.id);
    expect((await send('POST', `/api/plans/${plan.id}/close`, { reason: 'Ended' })).statusCode).toBe(200);
    const closed = await send('POST', `/api/plans/${plan.id}/successor`, NEXT);
    expect(closed.statusCode).toBe(409);
    expect(errorResponseSchema.parse(closed.json()).error.message).toMatch(/This plan is closed/);
  });

  it('closes the old plan with each carried action "carried forward to" the next, and the next plan’s reports say where each came from', async () => {
    const { plan, byRef } = await planToCarry();
    const started = nextPlanStartedReplySchema.parse(
      (await send('POST', `/api/plans/${plan.id}/successor`, NEXT)).json(),
    );
    // Every unfinished action was carried: no reason is needed.
    const closing = await send('POST', `/api/plans/${plan.id}/close`, {});
    expect(closing.statusCode).toBe(200);
    const { summaryReportId } = planClosedReplySchema.parse(closing.json());
    const summary = boardReportSchema.parse((await send('GET', `/api/reports/${summaryReportId}`)).json());
    expect(summary.snapshot.closeOut?.actions.find((a) => a.ref === '1.1.2')?.disposition).toEqual({
      kind: 'carried',
      planTitle: NEXT.title,
      ref: '1.1.2',
    });
    const files = await readExports((url) => send('GET', url), summaryReportId);
    const carriedWords = `Carried forward to ${NEXT.title} (action 1.1.2)`;
    expect(files.csv.find((r) => r[0] === '1.1.2')!.at(-1)).toBe(carriedWords);
    expect(files.html).toContain(carriedWords);
    expect(files.docXml).toContain(carriedWords);
    expect(files.pdfText).toContain(carriedWords);

    // The successor, made active, reports where its carried actions came from.
    const tree = planTreeSchema.parse((await send('GET', `/api/plans/${started.plan.id}`)).json());
    expect(
      (
        await send(
          'PATCH',
          `/api/plans/${started.plan.id}`,
          { state: 'active' },
          { 'if-match': `"${tree.version}"` },
        )
      ).statusCode,
    ).toBe(200);
    const report = await send('POST', `/api/plans/${started.plan.id}/reports`, {
      period: '2026-11',
      title: 'First board',
    });
    expect(report.statusCode).toBe(201);
    const next = await readExports((url) => send('GET', url), report.json().id);
    const fromWords = `Carried forward from ${plan.title} (action 1.1.2)`;
    expect(next.csv.some((row) => row.some((cell) => cell.includes(fromWords)))).toBe(true);
    expect(next.html).toContain(fromWords);
    expect(byRef('1.1.2').id).toBeTruthy();
  });

  it('links a finding to actions in two plans of its chain, never to a plan outside it', async () => {
    const { plan, byRef, finding } = await planToCarry();
    const started = nextPlanStartedReplySchema.parse(
      (await send('POST', `/api/plans/${plan.id}/successor`, NEXT)).json(),
    );
    const newActions = (await planRows(ctx.database.db, started.plan.id)).actions;
    const current = findingSchema.parse((await send('GET', `/api/findings/${finding.id}`)).json());
    const linked = await send(
      'PATCH',
      `/api/findings/${finding.id}`,
      { actionIds: [byRef('2.1.1').id, newActions.find((a) => a.ref === '1.1.3')!.id] },
      { 'if-match': `"${current.version}"` },
    );
    expect(linked.statusCode).toBe(200);
    expect(findingSchema.parse(linked.json()).actions.map((a) => [a.plan.id, a.ref])).toEqual([
      [plan.id, '2.1.1'],
      [started.plan.id, '1.1.3'],
    ]);
    const elsewhere = await createPlan(ctx.database.db, [1, 1, 1], 'Another partnership’s plan');
    const outsider = (await planRows(ctx.database.db, elsewhere.id)).actions[0]!;
    const refused = await send(
      'PATCH',
      `/api/findings/${finding.id}`,
      { actionIds: [outsider.id] },
      { 'if-match': `"${findingSchema.parse(linked.json()).version}"` },
    );
    expect(refused.statusCode).toBe(400);
    expect(refusedFields(refused.json())).toEqual(['body.actionIds']);
  });
});
