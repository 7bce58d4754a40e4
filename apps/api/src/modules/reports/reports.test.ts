import {
  boardReportSchema,
  carriedFromWords,
  errorResponseSchema,
  newDateSourceWords,
  planListSchema,
  reportListSchema,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { readExports } from '../../test/read-exports';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signIn, signInAs } from '../../test/sign-in';
import { rowsAsSpreadsheet } from '../../test/spreadsheet-rows';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('board reports', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  let planId: string;
  let actionCount: number;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    await seedDemo(ctx.database.db, today);
    manager = await signIn(ctx.app, 'manager@example.org', 'ragboard-demo');
    board = await signInAs(ctx.app, 'board');
    // The live plan: the 2023-24 plan closed in its own time.
    const live = planListSchema
      .parse((await requestsAs(ctx.app, board)('GET', '/api/plans')).json())
      .plans.find((p) => p.state === 'active')!;
    planId = live.id;
    actionCount = live.actionCount;
  });
  afterAll(() => ctx.close());

  it('keeps a draft from the board, edits it with If-Match, publishes it for everyone', async () => {
    const send = requestsAs(ctx.app, manager);
    const created = await send('POST', `/api/plans/${planId}/reports`, {
      period: '2026-10',
      title: 'SEND Partnership Board, November 2026',
    });
    expect(created.statusCode).toBe(201);
    const draft = boardReportSchema.parse(created.json());
    expect(draft.snapshot.summary.total).toBe(actionCount);
    const boardSees = requestsAs(ctx.app, board);
    expect(
      reportListSchema.parse((await boardSees('GET', `/api/plans/${planId}/reports`)).json()).reports,
    ).toEqual([]);
    expect((await boardSees('GET', `/api/reports/${draft.id}`)).statusCode).toBe(404);

    const edited = await send(
      'PATCH',
      `/api/reports/${draft.id}`,
      {
        commentary: {
          overall: 'Good progress on the SEND journey.',
          priorities: { '3': 'Assessments on time improved.' },
        },
      },
      { 'if-match': '"1"' },
    );
    expect(edited.statusCode).toBe(200);
    expect(
      (await send('PATCH', `/api/reports/${draft.id}`, { title: 'Lost' }, { 'if-match': '"1"' })).statusCode,
    ).toBe(409);
    const published = await send('POST', `/api/reports/${draft.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.headers.etag).toBe(`"${boardReportSchema.parse(published.json()).version}"`);
    expect(
      reportListSchema.parse((await boardSees('GET', `/api/plans/${planId}/reports`)).json()).reports,
    ).toHaveLength(1);
    const again = await send('PATCH', `/api/reports/${draft.id}`, { title: 'Changed' });
    expect(errorResponseSchema.parse(again.json()).error.message).toMatch(/published/);
    expect(
      (await boardSees('POST', `/api/plans/${planId}/reports`, { period: '2026-10', title: 'x' })).statusCode,
    ).toBe(403);
  });

  it('exports the snapshot’s numbers and an Amber action’s note in every format, and never changes once published', async () => {
    const send = requestsAs(ctx.app, manager);
    const report = boardReportSchema.parse(
      (await send('POST', `/api/plans/${planId}/reports`, { period: '2026-11', title: 'Board pack' })).json(),
    );
    await send('POST', `/api/reports/${report.id}/publish`);
    const actions = report.snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    const amber = actions.find((a) => a.status === 'Amber' && a.note)!;
    const get = (url: string) => requestsAs(ctx.app, board)('GET', url);
    const before = await readExports(get, report.id);

    expect(before.headers.pdf['content-type']).toBe('application/pdf');
    expect(String(before.headers.docx['content-disposition'])).toBe(
      'attachment; filename="board-pack-2026-11.docx"',
    );
    expect(before.csv).toHaveLength(actionCount + 1);
    expect(before.csv[0]).toEqual([
      'ref',
      'priority',
      'outcome',
      'action',
      'carried forward from',
      'due',
      'due month',
      'new date',
      'new date from',
      'past original date',
      'past new date',
      'leads',
      'organisation',
      'status',
      'note',
      'findings addressed',
      'challenges',
    ]);
    expect(before.csv.find((row) => row[0] === amber.ref)).toEqual(
      expect.arrayContaining(['Amber', amber.note]),
    );
    // The flat list gives both dates of each action, where the new one came from, and how it stands.
    const [header, ...rows] = before.csv;
    const column = (name: string) => (row: string[]) => row[header!.indexOf(name)];
    const dated = (row: string[]) =>
      [
        'carried forward from',
        'due month',
        'new date',
        'new date from',
        'past original date',
        'past new date',
      ].map((name) => column(name)(row));
    expect(rows.map(dated)).toEqual(
      actions.map((a) => [
        a.carriedFrom ? carriedFromWords(a.carriedFrom) : '',
        a.dueMonth ?? '',
        a.newDate?.date ?? '',
        a.newDate ? newDateSourceWords(a.newDate, a.carriedFrom) : '',
        a.pastOriginalDate ? 'yes' : 'no',
        a.pastNewDate ? 'yes' : 'no',
      ]),
    );
    expect(actions.some((a) => a.newDate) && actions.some((a) => a.carriedFrom)).toBe(true);
    expect(before.sheets.map((s) => s.name)).toEqual([
      'Report',
      'Commentary',
      'Summary',
      'Changes',
      'Challenges',
      'Exceptions',
      'Overdue',
      'Awaiting sign-off',
      'KPIs',
      'Findings',
      'Every action',
    ]);
    expect(before.sheets.flatMap((s) => s.rows).some((r) => r.includes(amber.note))).toBe(true);
    expect(before.docXml).toContain(amber.note);
    expect(before.docXml).toContain(`Priority 1: ${report.snapshot.priorities[0]!.title}`);
    expect(before.pdfText).toContain(amber.note!.replace(/\s+/g, ' '));
    expect(before.pdfText).toMatch(/Board pack, November 2026\. Page 1 of \d+/);
    expect(before.html).toContain(amber.note);

    await send('POST', `/api/actions/${amber.id}/updates`, {
      period: '2026-11',
      status: 'Red',
      note: 'Slipped after the board',
      revisedDue: '2027-06-30',
    });
    const after = await readExports(get, report.id);
    expect(after.csv).toEqual(before.csv);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.docXml).toEqual(before.docXml);
    expect(after.pdfText).toEqual(before.pdfText);
    expect(after.html).toEqual(before.html);
    expect(boardReportSchema.parse((await get(`/api/reports/${report.id}`)).json()).snapshot).toEqual(
      report.snapshot,
    );

    const next = boardReportSchema.parse(
      (await send('POST', `/api/plans/${planId}/reports`, { period: '2026-12', title: 'Next board' })).json(),
    );
    expect(next.snapshot.sinceLastReport?.changes).toEqual(
      expect.arrayContaining([{ ref: amber.ref, title: amber.title, from: 'Amber', to: 'Red' }]),
    );
  });

  it('refuses an unknown format and answers 404 for an unknown report', async () => {
    const get = requestsAs(ctx.app, manager);
    expect(
      (await get('GET', '/api/reports/00000000-0000-4000-8000-000000000000/export?format=pdf')).statusCode,
    ).toBe(404);
    const list = reportListSchema.parse((await get('GET', `/api/plans/${planId}/reports`)).json()).reports;
    expect((await get('GET', `/api/reports/${list[0]!.id}/export?format=odt`)).statusCode).toBe(400);
  });

  it('keeps a note with a line break in its cell of the CSV, so its second line never runs as a formula', async () => {
    const send = requestsAs(ctx.app, manager);
    const report = boardReportSchema.parse(
      (
        await send('POST', `/api/plans/${planId}/reports`, { period: '2026-11', title: 'Formula check' })
      ).json(),
    );
    const target = report.snapshot.priorities[0]!.outcomes[0]!.actions[0]!;
    const note = "Progress made\n=1+1+cmd|' /C calc'!A0";
    const updated = await send('POST', `/api/actions/${target.id}/updates`, {
      period: '2026-11',
      status: 'Green',
      note,
    });
    expect(updated.statusCode).toBe(201);
    const fresh = boardReportSchema.parse(
      (
        await send('POST', `/api/plans/${planId}/reports`, { period: '2026-11', title: 'With the note' })
      ).json(),
    );
    const csv = await send('GET', `/api/reports/${fresh.id}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    const rows = rowsAsSpreadsheet(csv.rawPayload);
    expect(rows).toHaveLength(actionCount + 1);
    expect(rows.find((row) => row[0] === target.ref)).toContain(note);
    expect(rows.flat().some((cell) => cell.startsWith('='))).toBe(false);
  });
});
