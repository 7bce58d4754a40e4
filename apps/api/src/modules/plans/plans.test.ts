import {
  errorResponseSchema,
  isBehind,
  kpiListSchema,
  planListSchema,
  planTreeSchema,
  STATUSES,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { createPlan } from '../../test/factories';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('reading the demo plan', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let planId: string;
  let board: SignedIn;
  const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: board.headers });
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today });
    await seedDemo(ctx.database.db, today);
    board = await signInAs(ctx.app, 'board');
    const list = planListSchema.parse((await get('/api/plans')).json());
    planId = list.plans[0]!.id;
  });
  afterAll(() => ctx.close());

  it('lists the 2023-24 plan, closed in its own time, with its actions counted by status, then its live successor', async () => {
    const reply = await get('/api/plans');
    expect(reply.statusCode).toBe(200);
    const { plans } = planListSchema.parse(reply.json());
    const plan = plans.find((p) => p.id === planId);
    expect(plan!.title).toBe('Lancashire SEND Partnership Continuous Improvement Plan 2023 - 2024');
    expect(plan!.actionCount).toBe(153);
    expect(STATUSES.reduce((sum, s) => sum + plan!.counts[s], 0)).toBe(153);
    expect(plan!.state).toBe('closed');
    expect(plan!.currentPeriod).toBe(null);
    const successor = plans.find((p) => p.id === plan!.successorId);
    expect(successor).toMatchObject({ state: 'active', currentPeriod: '2026-11', predecessorId: planId });
  });

  it('counts every plan in the list, by status and overdue, exactly as its tree counts it', async () => {
    const other = await createPlan(ctx.database.db, [2, 2, 3], 'A second plan');
    ctx.app.readCache.clear();
    const { plans } = planListSchema.parse((await get('/api/plans')).json());
    expect(plans.map((p) => p.id)).toContain(other.id);
    for (const listed of plans) {
      const tree = planTreeSchema.parse((await get(`/api/plans/${listed.id}`)).json());
      const actions = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
      expect(listed.actionCount).toBe(actions.length);
      for (const status of STATUSES) {
        expect(listed.counts[status], status).toBe(actions.filter((a) => a.status === status).length);
      }
      expect(listed.overdue).toBe(actions.filter(isBehind).length);
      expect(listed).toMatchObject({
        counts: tree.counts,
        overdue: tree.overdue,
        currentPeriod: tree.currentPeriod,
        month: tree.month,
      });
    }
    const [closed, live] = plans;
    // The closed plan is read at its last month, where its unfinished actions were carried forward.
    expect(closed).toMatchObject({ month: '2024-12', overdue: 0 });
    expect(live).toMatchObject({ month: '2026-11' });
    expect(live!.overdue).toBeGreaterThan(0);
  });

  it('reads back exactly 5 priorities, 33 outcomes, 153 actions and 26 KPIs', async () => {
    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    expect(tree.priorities).toHaveLength(5);
    const outcomes = tree.priorities.flatMap((p) => p.outcomes);
    expect(outcomes).toHaveLength(33);
    expect(outcomes.flatMap((o) => o.actions)).toHaveLength(153);
    const kpis = kpiListSchema.parse((await get(`/api/plans/${planId}/kpis`)).json()).kpis;
    expect(kpis).toHaveLength(26);
  });

  it('keeps the plan’s delivery groups, due words and leads as people', async () => {
    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    const [first, , third] = tree.priorities;
    expect(first!.deliveryGroup).toMatchObject({
      leadRole: 'Head of Inclusion',
      reportingCadence: 'quarterly',
      byException: true,
    });
    expect(third!.deliveryGroup.reportingCadence).toBe('monthly');
    const actions = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    const a111 = actions.find((a) => a.ref === '1.1.1')!;
    expect(a111).toMatchObject({ dueMonth: '2023-02', dueText: 'Feb-23' });
    expect(a111.leads.map((l) => l.name)).toEqual(['Victoria Harvey-Higgins']);
    const dependent = actions.filter((a) => a.dueText === 'Dependent on sustainability');
    expect(dependent.length).toBeGreaterThan(0);
    for (const a of dependent) expect(a).toMatchObject({ dueMonth: null, pastOriginalDate: false });
    const shared = actions.find((a) => a.leads.length > 1)!;
    expect(new Set(shared.leads.map((l) => l.id)).size).toBe(shared.leads.length);
  });

  it('carries each priority’s and outcome’s version, for If-Match on their edits', async () => {
    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    for (const priority of tree.priorities) {
      expect(priority.version).toBe(1);
      for (const outcome of priority.outcomes) expect(outcome.version).toBe(1);
    }
  });

  it('reads a closed plan at its last month: past its original date as then, its unfinished actions carried', async () => {
    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    const actions = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    expect(tree.month).toBe('2024-12');
    for (const a of actions) {
      expect(a.pastOriginalDate).toBe(a.dueMonth !== null && a.dueMonth < '2024-12' && a.status !== 'Blue');
      expect(a.carriedTo !== null).toBe(a.status !== 'Blue' && a.carriedTo !== null);
    }
    expect(actions.filter((a) => a.carriedTo).length).toBeGreaterThan(0);
    expect(actions.filter((a) => a.pastOriginalDate).length).toBeGreaterThan(0);
    expect(tree.overdue).toBe(actions.filter(isBehind).length);
  });

  it('answers 404 in the error shape for an unknown or malformed plan id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      for (const url of [`/api/plans/${id}`, `/api/plans/${id}/kpis`]) {
        const reply = await get(url);
        expect(reply.statusCode).toBe(404);
        expect(errorResponseSchema.parse(reply.json()).error.code).toBe('not_found');
      }
    }
  });

  it('reads the whole tree with a fixed number of queries, whatever the plan’s size', async () => {
    const small = await createPlan(ctx.database.db, [1, 1, 1]);
    const queriesFor = async (id: string) => {
      ctx.app.readCache.clear();
      const before = ctx.database.queryCount();
      const reply = await get(`/api/plans/${id}`);
      expect(reply.statusCode).toBe(200);
      return ctx.database.queryCount() - before;
    };
    const forSmall = await queriesFor(small.id);
    expect(forSmall).toBeGreaterThan(0);
    expect(await queriesFor(planId)).toBe(forSmall);
  });
});
