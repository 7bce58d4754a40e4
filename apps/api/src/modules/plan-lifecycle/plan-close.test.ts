import {
  auditListSchema,
  boardReportSchema,
  errorResponseSchema,
  planClosedReplySchema,
  planTreeSchema,
  reportListSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpis, kpiTargets, plans } from '../../db/schema';
import { announcePlanChange } from '../../journal';
import { createPlan, planRows } from '../../test/factories';
import { readExports } from '../../test/read-exports';
import { refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('closing a plan', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager', { displayName: 'Partnership Manager' });
    board = await signInAs(ctx.app, 'board');
  });
  afterAll(() => ctx.close());

  /** A plan of three actions: 1.1.1 Blue (the manager's own, so signed off), 1.1.2 Green, 1.1.3 never updated; one KPI. */
  async function planToClose() {
    const send = requestsAs(ctx.app, manager);
    const plan = await createPlan(ctx.database.db, [1, 1, 3], 'Improvement Plan 2026');
    const { actions } = await planRows(ctx.database.db, plan.id);
    const [done, going, untouched] = actions as [
      (typeof actions)[0],
      (typeof actions)[0],
      (typeof actions)[0],
    ];
    expect(
      (
        await send('POST', `/api/actions/${done.id}/updates`, {
          period: '2026-10',
          status: 'Blue',
          note: 'Done',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await send('POST', `/api/actions/${going.id}/updates`, {
          period: '2026-11',
          status: 'Green',
          note: 'On track',
        })
      ).statusCode,
    ).toBe(201);
    const [kpi] = await ctx.database.db
      .insert(kpis)
      .values({
        planId: plan.id,
        outcomeRef: '1.1',
        position: 0,
        statement: 'Plans on time',
        baselineValue: 50,
        baselineText: '50%',
      })
      .returning();
    await ctx.database.db.insert(kpiTargets).values([
      { kpiId: kpi!.id, monthsFromStart: 6, value: 60, text: '60%' },
      { kpiId: kpi!.id, monthsFromStart: 12, value: 70, text: '70%' },
    ]);
    await announcePlanChange(ctx.database.db, plan.id);
    expect(
      (await send('POST', `/api/kpis/${kpi!.id}/values`, { period: '2026-10', value: 72 })).statusCode,
    ).toBe(201);
    const version = planTreeSchema.parse((await send('GET', `/api/plans/${plan.id}`)).json()).version;
    return { plan, done, going, untouched, kpi: kpi!, version, send };
  }

  it('freezes the summary of progress as a published report and makes the plan read-only', async () => {
    const { plan, done, going, untouched, version, send } = await planToClose();
    const reply = await send(
      'POST',
      `/api/plans/${plan.id}/close`,
      { reason: 'Superseded by the 2027 plan', reasons: { [untouched.id]: 'No longer needed' } },
      { 'if-match': `"${version}"` },
    );
    expect(reply.statusCode).toBe(200);
    const closed = planClosedReplySchema.parse(reply.json());
    expect(closed.plan.state).toBe('closed');
    expect(reply.headers.etag).toBe(`"${closed.plan.version}"`);

    const report = boardReportSchema.parse(
      (await requestsAs(ctx.app, board)('GET', `/api/reports/${closed.summaryReportId}`)).json(),
    );
    expect(report).toMatchObject({
      state: 'published',
      period: '2026-11',
      title: 'Summary of progress: Improvement Plan 2026',
    });
    expect(report.snapshot.closeOut?.closedBy).toBe('Partnership Manager');
    expect(
      report.snapshot.closeOut?.actions.map(({ ref, status, signedOff, disposition }) => ({
        ref,
        status,
        signedOff,
        disposition,
      })),
    ).toEqual([
      {
        ref: done.ref,
        status: 'Blue',
        signedOff: { by: 'Partnership Manager', on: '2026-11-24' },
        disposition: { kind: 'completed' },
      },
      {
        ref: going.ref,
        status: 'Green',
        signedOff: null,
        disposition: { kind: 'closed', reason: 'Superseded by the 2027 plan' },
      },
      {
        ref: untouched.ref,
        status: 'Grey',
        signedOff: null,
        disposition: { kind: 'closed', reason: 'No longer needed' },
      },
    ]);
    expect(report.snapshot.closeOut?.kpis).toEqual([
      expect.objectContaining({
        statement: 'Plans on time',
        baseline: '50%',
        target12m: '70%',
        final: { period: '2026-10', value: 72, judgement: expect.any(String) },
      }),
    ]);

    // Read-only, yet fully browsable.
    const tree = await send('GET', `/api/plans/${plan.id}`);
    expect(tree.statusCode).toBe(200);
    expect(planTreeSchema.parse(tree.json()).state).toBe('closed');
    const refusals = await Promise.all([
      send('POST', `/api/actions/${going.id}/updates`, { period: '2026-11', status: 'Amber', note: 'Late' }),
      send('PATCH', `/api/plans/${plan.id}`, { title: 'Renamed' }),
      send('PATCH', `/api/actions/${going.id}`, { title: 'Renamed' }),
      send('POST', `/api/plans/${plan.id}/reports`, { period: '2026-11', title: 'Another' }),
      send('POST', `/api/plans/${plan.id}/archive`),
    ]);
    for (const refused of refusals) {
      expect(refused.statusCode).toBe(409);
      expect(errorResponseSchema.parse(refused.json()).error.message).toMatch(/This plan is closed/);
    }
    const { entries } = auditListSchema.parse((await send('GET', `/api/audit?entityId=${plan.id}`)).json());
    expect(entries.map((e) => e.operation)).toContain('close');
  });

  it('closes once: a second close is refused and makes no second summary', async () => {
    const { plan, send } = await planToClose();
    const first = await send('POST', `/api/plans/${plan.id}/close`, { reason: 'Finished' });
    expect(first.statusCode).toBe(200);
    const again = await send('POST', `/api/plans/${plan.id}/close`, { reason: 'Finished' });
    expect(again.statusCode).toBe(409);
    expect(errorResponseSchema.parse(again.json()).error.message).toBe('This plan is already closed');
    const { reports } = reportListSchema.parse((await send('GET', `/api/plans/${plan.id}/reports`)).json());
    expect(reports.map((r) => r.title)).toEqual(['Summary of progress: Improvement Plan 2026']);
  });

  it('refuses a close without a reason for each unfinished action, a stranger’s reason, a bad month or a stale version', async () => {
    const { plan, version, send } = await planToClose();
    const noReason = await send('POST', `/api/plans/${plan.id}/close`, {});
    expect(noReason.statusCode).toBe(400);
    expect(refusedFields(noReason.json())).toEqual(['body.reason']);
    expect(noReason.json().error.message).toMatch(/1\.1\.2, 1\.1\.3/);
    const stranger = '00000000-0000-4000-8000-000000000099';
    const strange = await send('POST', `/api/plans/${plan.id}/close`, {
      reason: 'x',
      reasons: { [stranger]: 'x' },
    });
    expect(refusedFields(strange.json())).toEqual([`body.reasons.${stranger}`]);
    for (const period of ['2025-12', '2026-12']) {
      const bad = await send('POST', `/api/plans/${plan.id}/close`, { reason: 'x', period });
      expect(bad.statusCode).toBe(400);
      expect(refusedFields(bad.json())).toEqual(['body.period']);
    }
    const stale = await send(
      'POST',
      `/api/plans/${plan.id}/close`,
      { reason: 'x' },
      { 'if-match': `"${version - 1}"` },
    );
    expect(stale.statusCode).toBe(409);
    // Nothing of it was kept: the plan is still active and has no summary.
    expect(planTreeSchema.parse((await send('GET', `/api/plans/${plan.id}`)).json()).state).toBe('active');
    expect(
      reportListSchema.parse((await send('GET', `/api/plans/${plan.id}/reports`)).json()).reports,
    ).toEqual([]);
  });

  it('closes only an active plan, and only for the manager', async () => {
    const { plan, send } = await planToClose();
    expect(
      (await requestsAs(ctx.app, board)('POST', `/api/plans/${plan.id}/close`, { reason: 'x' })).statusCode,
    ).toBe(403);
    await ctx.database.db.update(plans).set({ state: 'draft' }).where(eq(plans.id, plan.id));
    const draft = await send('POST', `/api/plans/${plan.id}/close`, { reason: 'x' });
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.message).toBe('Only an active plan can be closed; this one is draft');
  });

  it('exports the summary of progress in every format', async () => {
    const { plan, going, send } = await planToClose();
    const closed = planClosedReplySchema.parse(
      (
        await send('POST', `/api/plans/${plan.id}/close`, { reason: 'Carried into the next plan by hand' })
      ).json(),
    );
    const files = await readExports((url) => send('GET', url), closed.summaryReportId);
    const [header, ...rows] = files.csv;
    expect(header!.slice(-2)).toEqual(['signed off', 'what became of it']);
    const row = rows.find((r) => r[0] === going.ref)!;
    expect(row.slice(-2)).toEqual(['', 'Closed: Carried into the next plan by hand']);
    expect(rows.find((r) => r[0] === '1.1.1')!.slice(-2)).toEqual([
      'Partnership Manager, 24 November 2026',
      'Completed and signed off',
    ]);
    const progress = files.sheets.find((s) => s.name === 'Summary of progress')!;
    expect(progress.rows).toContainEqual([
      'Ref',
      'Action',
      'Final status',
      'Signed off',
      'What became of it',
    ]);
    expect(progress.rows).toContainEqual([
      going.ref,
      going.title,
      'Green',
      '',
      'Closed: Carried into the next plan by hand',
    ]);
    expect(progress.rows).toContainEqual(
      expect.arrayContaining(['Plans on time', '50%', '70%', '72% (October 2026)']),
    );
    expect(files.docXml).toContain('Summary of progress');
    expect(files.docXml).toContain('Closed: Carried into the next plan by hand');
    expect(files.pdfText).toContain('Completed and signed off');
    expect(files.pdfText).toContain('12-month target');
    expect(files.pdfText).toContain('72% (October 2026)');
    expect(files.html).toContain('<h2>Summary of progress</h2>');
    expect(files.html).toContain('Closed: Carried into the next plan by hand');
  });
});
