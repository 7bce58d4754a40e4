import {
  actionSchema,
  type BoardReport,
  boardReportSchema,
  myActionsSchema,
  planListSchema,
  type ReportSection,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { requestsAs } from '../../test/requests';
import { signIn } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { expectSameReport } from './parity/expect-same-report';
import { readDocx } from './parity/read-docx';
import { readHtml } from './parity/read-html';
import { readPdf } from './parity/read-pdf';
import { readXlsx } from './parity/read-xlsx';

/** All nine sections, in an order of the manager's own: every format must follow it. */
const SECTIONS: ReportSection[] = [
  'summary',
  'overdue',
  'exceptions',
  'changes',
  'awaiting-sign-off',
  'challenges',
  'kpis',
  'findings',
  'actions',
];

describe('a pack is the same in every format', () => {
  let clock = new Date('2026-11-24T09:00:00Z');
  // A minute at a time: far enough apart to order, near enough that no session idles out.
  const later = () => {
    clock = new Date(clock.getTime() + 60_000);
  };
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let report: BoardReport;
  const files: Record<string, Buffer> = {};

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    await seedDemo(ctx.database.db, clock);
    const as = async (who: string) =>
      requestsAs(ctx.app, await signIn(ctx.app, `${who}@example.org`, 'ragboard-demo'));
    const [manager, lead, forum] = [await as('manager'), await as('lead'), await as('forum')];
    const plan = planListSchema
      .parse((await manager('GET', '/api/plans')).json())
      .plans.find((p) => p.state === 'active')!;
    const last = await manager('POST', `/api/plans/${plan.id}/reports`, {
      period: '2026-10',
      title: 'October board',
    });
    expect((await manager('POST', `/api/reports/${last.json().id}/publish`)).statusCode).toBe(200);
    later();

    // Since October: one status changed, one Blue awaiting sign-off, one status challenged by the forum.
    const mine = myActionsSchema
      .parse((await lead('GET', '/api/my/actions')).json())
      .items.filter((i) => i.plan.id === plan.id)
      .map((i) => i.action);
    const [moving, finishing] = mine.filter((a) => a.status !== 'Blue');
    const update = (id: string, status: string, note: string) =>
      lead('POST', `/api/actions/${id}/updates`, { period: '2026-11', status, note });
    const next = moving!.status === 'Green' ? 'Amber' : 'Green';
    expect((await update(moving!.id, next, 'Back on track with the new provider')).statusCode).toBe(201);
    expect((await update(finishing!.id, 'Blue', 'Done; evidence attached')).statusCode).toBe(201);
    later();
    const challenged = actionSchema.parse((await forum('GET', `/api/actions/${mine.at(-1)!.id}`)).json());
    const challenge = await forum('POST', `/api/actions/${challenged.id}/challenges`, {
      status: challenged.status,
      reason: 'We do not agree: families in Pendle still wait',
    });
    expect(challenge.statusCode).toBe(201);
    later();

    const made = await manager('POST', `/api/plans/${plan.id}/reports`, {
      period: '2026-11',
      title: 'SEND Partnership Board, December 2026',
      sections: SECTIONS,
      commentary: {
        overall:
          'A mixed month.\n- Waits fell in Pendle\n- Two actions slipped\nThe board is asked to note the KPIs.',
        priorities: { '1': 'Outcomes are improving.\n- Mediation data reviewed\n- Tribunal data next' },
      },
    });
    report = boardReportSchema.parse(made.json());
    for (const format of ['pdf', 'docx', 'xlsx', 'html'])
      files[format] = (await manager('GET', `/api/reports/${report.id}/export?format=${format}`)).rawPayload;
  });
  afterAll(() => ctx.close());

  it('starts from a report with something in every section', () => {
    const { snapshot } = report;
    expect(report.sections).toEqual(SECTIONS);
    expect(snapshot.sinceLastReport?.changes.length).toBeGreaterThan(0);
    expect(snapshot.summary.awaitingSignOff).toHaveLength(1);
    expect(snapshot.challenges).toHaveLength(1);
    expect(snapshot.summary.overdue.length).toBeGreaterThan(0);
    expect(snapshot.kpis.some((k) => k.unit === 'percent' && k.latest)).toBe(true);
    expect(snapshot.findings.some((f) => f.actions.length > 0)).toBe(true);
    expect(
      snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions)).some((a) => a.carriedFrom),
    ).toBe(true);
  });

  it('the PDF, read through its tags, has the report’s sections in order with the same rows and words', async () => {
    expectSameReport(await readPdf(files.pdf!), report);
  });

  it('the Word file, read from its XML, has the report’s sections in order with the same rows and words', async () => {
    expectSameReport(await readDocx(files.docx!), report);
  });

  it('the Excel file, read cell by cell, has a sheet per section in order with the same rows and words', async () => {
    expectSameReport(await readXlsx(files.xlsx!), report);
  });

  it('the HTML export, read as a page, has the report’s sections in order with the same rows and words', () => {
    expectSameReport(readHtml(files.html!.toString('utf8')), report);
  });
});
