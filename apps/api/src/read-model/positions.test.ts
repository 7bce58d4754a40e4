import {
  actionSchema,
  boardReportSchema,
  findingListSchema,
  type Lateness,
  lateness,
  myActionsSchema,
  planPeriodSummarySchema,
  planTreeSchema,
  publicPlanSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLeads, planPublications, publicSummaries } from '../db/schema';
import { createPlan, openPeriod, planRows } from '../test/factories';
import { requestsAs } from '../test/requests';
import { type SignedIn, signInAs } from '../test/sign-in';
import { createTestApp } from '../test/test-app';

type Dates = { ref: string; newDate: string | null; lateness: Lateness };
const dates = (a: {
  ref: string;
  status: 'Grey' | 'Blue' | 'Green' | 'Amber' | 'Red';
  newDate: { date: string } | null;
  pastOriginalDate: boolean;
  pastNewDate: boolean;
  carriedForward: boolean;
}): Dates => ({ ref: a.ref, newDate: a.newDate?.date ?? null, lateness: lateness(a) });
const byRef = (list: Dates[]) => [...list].sort((x, y) => x.ref.localeCompare(y.ref));

/**
 * Three actions, each due June 2026 and Green this month: one on track for a new date its Red gave
 * (31 March 2027), one past the new date the manager agreed (30 September 2026), one with none.
 */
const EXPECTED: Dates[] = [
  { ref: '1.1.1', newDate: '2027-03-31', lateness: 'new-date-agreed' },
  { ref: '1.1.2', newDate: '2026-09-30', lateness: 'past-new-date' },
  { ref: '1.1.3', newDate: null, lateness: 'no-new-date' },
];

describe('an action’s position, as every reader reads it', () => {
  let clock = new Date('2026-08-10T10:00:00Z');
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let planId: string;
  let ids: string[];
  const get = (who: SignedIn, url: string) => requestsAs(ctx.app, who)('GET', url);

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    const db = ctx.database.db;
    // Sessions end when idle: sign in again at each month the clock moves to.
    const signInManager = async () => {
      manager = await signInAs(ctx.app, 'manager');
      return requestsAs(ctx.app, manager);
    };
    let send = await signInManager();
    const plan = await createPlan(db, [1, 1, 3]);
    planId = plan.id;
    ids = (await planRows(db, planId)).actions.map((a) => a.id);
    const [a, b, c] = ids as [string, string, string];
    const update = async (id: string, period: string, body: object) => {
      const reply = await send('POST', `/api/actions/${id}/updates`, { period, ...body });
      expect(reply.statusCode, reply.body).toBe(201);
    };

    await openPeriod(db, planId, '2026-08');
    await update(a, '2026-08', { status: 'Red', note: 'Slipped', revisedDue: '2027-03-31' });
    await update(b, '2026-08', { status: 'Amber', note: 'Behind' });
    const detail = actionSchema.parse((await send('GET', `/api/actions/${b}`)).json());
    const agreed = await send(
      'PUT',
      `/api/actions/${b}/new-date`,
      { date: '2026-09-30', reason: 'Agreed at the board' },
      { 'if-match': `"${detail.version}"` },
    );
    expect(agreed.statusCode, agreed.body).toBe(200);
    await update(c, '2026-08', { status: 'Green', note: 'Going well' });
    await send('POST', `/api/plans/${planId}/periods/2026-08/close`);

    clock = new Date('2026-10-10T10:00:00Z');
    send = await signInManager();
    await openPeriod(db, planId, '2026-10');
    for (const id of ids) await update(id, '2026-10', { status: 'Green', note: 'On track' });
    await send('POST', `/api/plans/${planId}/periods/2026-10/close`);
    clock = new Date('2026-11-20T10:00:00Z');
    send = await signInManager();
    await openPeriod(db, planId, '2026-11');

    await db.insert(planPublications).values({ planId, public: true, slug: 'positions' });
    await db.insert(publicSummaries).values(
      ids.map((actionId) => ({
        planId,
        actionId,
        publishedSaid: 'We said',
        publishedHappened: 'It happened',
        approvedAt: clock,
      })),
    );
    await db.update(planPublications).set({ version: 2 }).where(eq(planPublications.planId, planId));
    ctx.app.readCache.clear();
  });
  afterAll(() => ctx.close());

  it('reads the same dates and the same lateness on the tree, each action, the summary, findings and My actions', async () => {
    const tree = planTreeSchema.parse((await get(manager, `/api/plans/${planId}`)).json());
    const nodes = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    expect(byRef(nodes.map(dates))).toEqual(EXPECTED);
    expect(tree.overdue).toBe(3);

    const details = await Promise.all(
      ids.map(async (id) => actionSchema.parse((await get(manager, `/api/actions/${id}`)).json())),
    );
    expect(byRef(details.map(dates))).toEqual(EXPECTED);
    expect(details[1]!.newDate).toEqual({ date: '2026-09-30', source: 'manager', since: '2026-08' });
    expect(details[0]!.newDate).toEqual({ date: '2027-03-31', source: 'update', since: '2026-08' });

    const summary = planPeriodSummarySchema.parse(
      (await get(manager, `/api/plans/${planId}/summary`)).json(),
    );
    expect(summary.period).toBe('2026-11');
    expect(byRef(summary.overdue.map(dates))).toEqual(EXPECTED);
    expect(summary.warnings.map((w) => [w.action.ref, w.kind])).toEqual([
      ['1.1.2', 'on-track-past-new-date'],
      ['1.1.3', 'on-track-past-original-date'],
    ]);

    const finding = await requestsAs(ctx.app, manager)('POST', `/api/plans/${planId}/findings`, {
      ref: '1',
      title: 'Timeliness of plans',
      actionIds: ids,
    });
    expect(finding.statusCode, finding.body).toBe(201);
    const [listed] = findingListSchema.parse(
      (await get(manager, `/api/plans/${planId}/findings`)).json(),
    ).findings;
    expect(byRef(listed!.actions.map(dates))).toEqual(EXPECTED);

    const [lead] = await ctx.database.db.select().from(actionLeads).where(eq(actionLeads.actionId, ids[0]!));
    const asLead = await signInAs(ctx.app, 'lead', { personId: lead!.personId });
    const mine = myActionsSchema.parse((await get(asLead, '/api/my/actions')).json());
    expect(byRef(mine.items.map((i) => dates(i.action)))).toEqual(EXPECTED);
  });

  it('freezes the same dates into a board report, and shows them to the public as at the latest closed month', async () => {
    const send = requestsAs(ctx.app, manager);
    const created = await send('POST', `/api/plans/${planId}/reports`, {
      period: '2026-10',
      title: 'October board',
    });
    expect(created.statusCode, created.body).toBe(201);
    const report = boardReportSchema.parse(created.json());
    const frozen = report.snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    expect(byRef(frozen.map(dates))).toEqual(EXPECTED);
    expect(byRef(report.snapshot.summary.overdue.map(dates))).toEqual(EXPECTED);

    const page = publicPlanSchema.parse(
      (await ctx.app.inject({ url: '/api/public/plans/positions' })).json(),
    );
    expect(page.asAt).toBe('2026-10');
    const shown = page.priorities
      .flatMap((p) => p.actions)
      .map((a) => dates({ ...a, carriedForward: false }));
    expect(byRef(shown)).toEqual(EXPECTED);

    const csv = (await send('GET', `/api/plans/${planId}/export?format=csv`)).body;
    for (const { ref, newDate } of EXPECTED) {
      const row = csv.split('\r\n').find((line) => line.startsWith(`${ref},`));
      expect(row, ref).toContain(`,${newDate ?? ''},`);
    }
  });
});
