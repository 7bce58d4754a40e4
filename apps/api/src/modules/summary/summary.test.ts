import {
  errorResponseSchema,
  planListSchema,
  planPeriodSummarySchema,
  planTreeSchema,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { createPlan } from '../../test/factories';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('GET /api/plans/:planId/summary on the demo history', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let board: SignedIn;
  let planId: string;
  const get = (url: string) => requestsAs(ctx.app, board)('GET', url);
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    await seedDemo(ctx.database.db, today);
    board = await signInAs(ctx.app, 'board');
    // The live plan, in its current month: the 2023-24 plan closed in its own time.
    planId = planListSchema
      .parse((await get('/api/plans')).json())
      .plans.find((p) => p.state === 'active')!.id;
  });
  afterAll(() => ctx.close());

  it('defaults to the current period and agrees with the plan tree’s counts', async () => {
    const summary = planPeriodSummarySchema.parse((await get(`/api/plans/${planId}/summary`)).json());
    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    expect(summary.period).toBe('2026-11');
    expect(summary.total).toBe(tree.actionCount);
    expect(summary.totals).toEqual(tree.counts);
    expect(summary.overdue).toHaveLength(tree.overdue);
    expect(summary.byPriority.map((p) => p.total)).toEqual(
      tree.priorities.map((p) => p.outcomes.flatMap((o) => o.actions).length),
    );
    expect(summary.byOutcome).toHaveLength(33);
    expect(summary.missing.length).toBeGreaterThan(0);
    expect(summary.round.map((p) => p.deliveryGroup)).toEqual(
      tree.priorities.map((p) => p.deliveryGroup.name),
    );
    expect(summary.round.reduce((sum, p) => sum + p.missing, 0)).toBe(summary.missing.length);
    expect(summary.round.every((p) => p.due === p.received + p.missing)).toBe(true);
  });

  it('reads an earlier period as it stood then', async () => {
    const early = planPeriodSummarySchema.parse(
      (await get(`/api/plans/${planId}/summary?period=2025-03`)).json(),
    );
    const now = planPeriodSummarySchema.parse((await get(`/api/plans/${planId}/summary`)).json());
    expect(early.totals.Blue).toBeLessThan(now.totals.Blue);
    expect(early.previousPeriod).toBe('2025-02');
  });

  it('costs the same number of queries for a small plan and the demo plan', async () => {
    const small = await createPlan(ctx.database.db);
    const queries = async (id: string) => {
      const before = ctx.database.queryCount();
      expect((await get(`/api/plans/${id}/summary?period=2026-11`)).statusCode).toBe(200);
      return ctx.database.queryCount() - before;
    };
    expect(await queries(planId)).toBe(await queries(small.id));
  });

  it('refuses a malformed period with 400 and an unknown plan with 404', async () => {
    const bad = await get(`/api/plans/${planId}/summary?period=November`);
    expect(bad.statusCode).toBe(400);
    expect(errorResponseSchema.parse(bad.json()).error.details).toEqual([
      expect.objectContaining({ path: 'querystring.period' }),
    ]);
    expect((await get('/api/plans/00000000-0000-4000-8000-000000000000/summary')).statusCode).toBe(404);
  });
});
