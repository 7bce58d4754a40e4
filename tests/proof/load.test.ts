// 200 leads submit their month at once, over loopback HTTP: no error, no lost update.
import { actionHistorySchema, planPeriodSummarySchema, planTreeSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, leadEveryAction, openPeriod } from '../../apps/api/src/test/factories';
import { type SignedIn, sessionFor, signInAs } from '../../apps/api/src/test/sign-in';
import { createTestApp } from '../../apps/api/src/test/test-app';

const LEADS = 200;
const today = new Date('2026-05-15T10:00:00Z');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe(`${LEADS} leads submitting their month at once`, () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let base: string;
  let planId: string;
  let leads: (Awaited<ReturnType<typeof leadEveryAction>>[number] & { session: SignedIn })[];

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today });
    const plan = await createPlan(ctx.database.db, [5, 8, 5]);
    planId = plan.id;
    await openPeriod(ctx.database.db, planId, '2026-05');
    const linked = await leadEveryAction(ctx.database.db, planId);
    leads = [];
    for (const lead of linked) leads.push({ ...lead, session: await sessionFor(ctx.app, lead.userId) });
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => ctx.close());

  it('takes every update, loses none, and reports the latency', async () => {
    expect(leads).toHaveLength(LEADS);
    const statusOf = (i: number) => (['Green', 'Amber', 'Green', 'Blue'] as const)[i % 4];
    const latencies: number[] = [];
    const started = performance.now();
    const replies = await Promise.all(
      leads.map(async (lead, i) => {
        const sent = performance.now();
        const response = await fetch(`${base}/api/actions/${lead.actionId}/updates`, {
          method: 'POST',
          headers: { ...lead.session.headers, 'content-type': 'application/json' },
          body: JSON.stringify({ period: '2026-05', status: statusOf(i), note: `Update from lead ${i}` }),
        });
        latencies.push(performance.now() - sent);
        return { status: response.status, body: await response.text() };
      }),
    );
    const elapsed = performance.now() - started;
    const refused = replies.filter((r) => r.status !== 201);
    expect(refused, JSON.stringify(refused.slice(0, 3))).toEqual([]);

    latencies.sort((a, b) => a - b);
    console.info(
      `${LEADS} concurrent updates in ${Math.round(elapsed)} ms: p50 ${Math.round(percentile(latencies, 50))} ms, ` +
        `p99 ${Math.round(percentile(latencies, 99))} ms, max ${Math.round(latencies.at(-1)!)} ms (${ctx.database.kind})`,
    );

    // Nothing lost: every action shows its lead's update; a lead's Blue waits for sign-off.
    const manager = await signInAs(ctx.app, 'manager');
    const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: manager.headers });
    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    const shown = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    const byId = new Map(shown.map((a) => [a.id, a]));
    leads.forEach((lead, i) => {
      const expected = statusOf(i) === 'Blue' ? 'Grey' : statusOf(i);
      expect(byId.get(lead.actionId)?.status, `action of lead ${i}`).toBe(expected);
    });
    const summary = planPeriodSummarySchema.parse((await get(`/api/plans/${planId}/summary`)).json());
    expect(summary.totals.Green + summary.totals.Amber).toBe(LEADS * 0.75);
    for (const i of [0, 1, 3, LEADS - 1]) {
      const history = actionHistorySchema.parse(
        (await get(`/api/actions/${leads[i]!.actionId}/updates`)).json(),
      );
      expect(history.updates.map((u) => u.note)).toEqual([`Update from lead ${i}`]);
    }
  });
});
