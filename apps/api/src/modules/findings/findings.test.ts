import { findingListSchema, findingSchema, planListSchema, staleVersionErrorSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { kpis, kpiValues } from '../../db/schema';
import { createActionWithLead, createPlan, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('inspection findings', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  const findingsOf = async (planId: string, who: SignedIn = manager) =>
    findingListSchema.parse((await requestsAs(ctx.app, who)('GET', `/api/plans/${planId}/findings`)).json())
      .findings;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('holds the demo plan’s twelve areas from 2017, judged over time, with the actions that address the five left in 2020', async () => {
    await seedDemo(ctx.database.db, today);
    const forum = await signIn(ctx.app, 'forum@example.org', 'ragboard-demo');
    const planId = planListSchema.parse((await requestsAs(ctx.app, forum)('GET', '/api/plans')).json())
      .plans[0]!.id;
    const findings = await findingsOf(planId, forum);
    expect(findings).toHaveLength(12);
    expect(
      findings.every(
        (f) => f.judgements.at(-1)?.month === '2017-11' && f.judgements.at(-1)?.judgement === 'open',
      ),
    ).toBe(true);
    const at2020 = findings.map((f) => f.judgements.find((j) => j.month === '2020-03')?.judgement);
    expect(at2020.filter((j) => j === 'sufficiently_improved')).toHaveLength(7);
    expect(at2020.filter((j) => j === 'improving')).toHaveLength(5);
    const localOffer = findings.find((f) => f.title.includes('local offer'))!;
    expect(localOffer.judgements.map((j) => [j.month, j.judgement])).toEqual([
      ['2021-09', 'sufficiently_improved'],
      ['2020-03', 'improving'],
      ['2017-11', 'open'],
    ]);
    expect(localOffer.judgement?.month).toBe('2021-09');
    expect(localOffer.actions.map((a) => a.ref)).toEqual([
      '2.4.1',
      '2.4.2',
      '2.4.3',
      '2.4.4',
      '2.4.5',
      '2.4.6',
      '2.4.7',
    ]);
    expect(localOffer.actions.some((a) => a.latestNote !== null)).toBe(true);
    expect(findings.filter((f) => f.actions.length > 0)).toHaveLength(5);
  });

  it('lets the manager add, change and reorder findings with If-Match; nobody else may', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 2]);
    const { actions } = await planRows(ctx.database.db, plan.id);
    const created = await send('POST', `/api/plans/${plan.id}/findings`, {
      ref: 'A1',
      title: 'Weak joint commissioning arrangements',
      source: 'Ofsted and CQC inspection, November 2017',
      actionIds: [actions[1]!.id],
    });
    expect(created.statusCode).toBe(201);
    const first = findingSchema.parse(created.json());
    expect(first).toMatchObject({ ref: 'A1', position: 1, version: 1, judgement: null });
    expect(first.actions.map((a) => [a.ref, a.status, a.latestNote])).toEqual([['1.1.2', 'Grey', null]]);
    const second = findingSchema.parse(
      (await send('POST', `/api/plans/${plan.id}/findings`, { ref: 'A2', title: 'The local offer' })).json(),
    );
    expect(second.position).toBe(2);

    expect(
      (await send('POST', `/api/plans/${plan.id}/findings`, { ref: 'A1', title: 'Again' })).statusCode,
    ).toBe(409);
    const other = await createActionWithLead(ctx.database.db);
    const foreign = await send('POST', `/api/plans/${plan.id}/findings`, {
      ref: 'A3',
      title: 'Foreign action',
      actionIds: [other.action.id],
    });
    expect(refusedFields(foreign.json())).toEqual(['body.actionIds']);

    const changed = await send(
      'PATCH',
      `/api/findings/${first.id}`,
      {
        title: 'Further address weak joint commissioning',
        actionIds: [actions[0]!.id, actions[1]!.id],
        position: 2,
      },
      { 'if-match': '"1"' },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect((await findingsOf(plan.id)).map((f) => [f.ref, f.position, f.actions.length])).toEqual([
      ['A2', 1, 0],
      ['A1', 2, 2],
    ]);
    const stale = await send('PATCH', `/api/findings/${first.id}`, { title: 'Lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(
      findingSchema.parse(staleVersionErrorSchema.parse(stale.json()).error.details.current).version,
    ).toBe(2);
    expect((await send('PATCH', `/api/findings/${second.id}`, { ref: 'A1' })).statusCode).toBe(409);

    for (const role of ['lead', 'board', 'forum'] as const) {
      const someone = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect(
        (await someone('POST', `/api/plans/${plan.id}/findings`, { ref: 'X', title: 'X' })).statusCode,
      ).toBe(403);
      expect((await someone('PATCH', `/api/findings/${first.id}`, { title: 'X' })).statusCode).toBe(403);
      expect(
        (
          await someone('POST', `/api/findings/${first.id}/judgements`, {
            month: '2026-01',
            judgement: 'open',
          })
        ).statusCode,
      ).toBe(403);
      expect((await someone('GET', `/api/findings/${first.id}`)).statusCode).toBe(200);
    }
    expect((await auditOf(ctx.app, manager, first.id)).map((e) => e.operation)).toEqual(['update', 'create']);
  });

  it('links the KPIs that measure a finding, with their baseline and latest actual; never another plan’s', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 1]);
    const other = await createPlan(ctx.database.db, [1, 1, 1]);
    const kpiOf = async (planId: string, statement: string) => {
      const [kpi] = await ctx.database.db
        .insert(kpis)
        .values({ planId, outcomeRef: '1.1', position: 1, statement, baselineValue: 12 })
        .returning();
      return kpi!;
    };
    const mine = await kpiOf(plan.id, 'Annual reviews on time');
    const theirs = await kpiOf(other.id, 'Someone else’s measure');
    await ctx.database.db.insert(kpiValues).values([
      { kpiId: mine.id, period: '2026-08', value: 20 },
      { kpiId: mine.id, period: '2026-10', value: 31 },
    ]);
    const refused = await send('POST', `/api/plans/${plan.id}/findings`, {
      ref: 'K1',
      title: 'Reviews are late',
      kpiIds: [theirs.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refusedFields(refused.json())).toEqual(['body.kpiIds']);
    const created = findingSchema.parse(
      (
        await send('POST', `/api/plans/${plan.id}/findings`, {
          ref: 'K1',
          title: 'Reviews are late',
          kpiIds: [mine.id],
        })
      ).json(),
    );
    expect(created.kpis).toEqual([
      {
        id: mine.id,
        ref: '1.1',
        statement: 'Annual reviews on time',
        baseline: 12,
        latest: { period: '2026-10', value: 31 },
      },
    ]);
    const cleared = await send('PATCH', `/api/findings/${created.id}`, { kpiIds: [] }, { 'if-match': '"1"' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(findingSchema.parse(cleared.json()).kpis).toEqual([]);
  });

  it('appends judgements to a finding’s history, never in a month to come, and keeps a judged finding from deletion', async () => {
    const plan = await createPlan(ctx.database.db);
    const finding = findingSchema.parse(
      (
        await send('POST', `/api/plans/${plan.id}/findings`, {
          ref: '1',
          title: 'Transition in 0 to 25 health',
        })
      ).json(),
    );
    const judge = (body: object) => send('POST', `/api/findings/${finding.id}/judgements`, body);
    expect(
      (await judge({ month: '2026-06', judgement: 'improving', note: 'Revisit: better, not there' }))
        .statusCode,
    ).toBe(201);
    const latest = findingSchema.parse(
      (await judge({ month: '2026-01', judgement: 'open', note: 'Found at inspection' })).json(),
    );
    expect(latest.judgements.map((j) => [j.month, j.judgement, j.note])).toEqual([
      ['2026-06', 'improving', 'Revisit: better, not there'],
      ['2026-01', 'open', 'Found at inspection'],
    ]);
    expect(latest.judgement).toMatchObject({
      month: '2026-06',
      judgement: 'improving',
      recordedBy: 'Test manager',
    });
    expect(refusedFields((await judge({ month: '2027-01', judgement: 'open' })).json())).toEqual([
      'body.month',
    ]);
    expect(refusedFields((await judge({ month: '2026-02', judgement: 'fine' })).json())).toEqual([
      'body.judgement',
    ]);
    expect((await auditOf(ctx.app, manager, finding.id)).map((e) => e.operation)).toEqual([
      'judge',
      'judge',
      'create',
    ]);

    expect((await send('DELETE', `/api/findings/${finding.id}`)).statusCode).toBe(409);
    const spare = findingSchema.parse(
      (await send('POST', `/api/plans/${plan.id}/findings`, { ref: '2', title: 'Added by mistake' })).json(),
    );
    expect((await send('DELETE', `/api/findings/${spare.id}`)).statusCode).toBe(204);
    expect((await send('GET', `/api/findings/${spare.id}`)).statusCode).toBe(404);
  });

  it('shows each linked action’s status and latest note as it changes: the evidence for a revisit', async () => {
    const { plan, action, leadPersonId } = await createActionWithLead(ctx.database.db, '2027-06');
    await send('POST', `/api/plans/${plan.id}/findings`, {
      ref: '1',
      title: 'Diagnostic pathways for autism',
      actionIds: [action.id],
    });
    const lead = await signInAs(ctx.app, 'lead', { personId: leadPersonId });
    await requestsAs(ctx.app, lead)('POST', `/api/actions/${action.id}/updates`, {
      period: '2026-11',
      status: 'Amber',
      note: 'Waiting times fell from 60 to 48 weeks',
    });
    const [finding] = await findingsOf(plan.id, await signInAs(ctx.app, 'board'));
    expect(finding!.actions).toEqual([
      expect.objectContaining({
        ref: '1.1.1',
        status: 'Amber',
        pastOriginalDate: false,
        newDate: null,
        latestNote: { period: '2026-11', text: 'Waiting times fell from 60 to 48 weeks' },
      }),
    ]);
    expect((await send('GET', '/api/plans/00000000-0000-4000-8000-000000000000/findings')).statusCode).toBe(
      404,
    );
  });
});
