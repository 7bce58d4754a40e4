import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  errorResponseSchema,
  importPreviewSchema,
  planPeriodSummarySchema,
  planTreeSchema,
} from '@ragboard/shared';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config';
import { actions, plans, statusUpdates } from '../../db/schema';
import { multipart } from '../../test/multipart';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { RED_WITHOUT_DATE } from './import-preview';

describe('importing a plan', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  const upload = (fileName: string, data: Buffer, fields: Record<string, string> = {}, who?: SignedIn) => {
    const { contentType, payload } = multipart(fileName, data, fields);
    return ctx.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { ...(who ?? manager).headers, 'content-type': contentType },
      payload,
    });
  };
  const plansCount = async () => (await ctx.database.db.select({ n: count() }).from(plans))[0]!.n;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => new Date('2026-11-24T10:00:00Z'), requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  it('imports the demo plan’s own CSV, saved by Excel with a BOM and CRLF, to 5 priorities, 33 outcomes, 153 actions', async () => {
    const csv = readFileSync(join(repoRoot(), 'tests/fixtures/plan-2023-24.csv'), 'utf8');
    const excelSaved = Buffer.from(`\uFEFF${csv.replace(/\r?\n/g, '\r\n')}`, 'utf8');
    const reply = await upload('plan-2023-24.csv', excelSaved, { title: 'Imported plan' });
    expect(reply.statusCode).toBe(200);
    const preview = importPreviewSchema.parse(reply.json());
    expect(preview).toMatchObject({ priorities: 5, outcomes: 33, actions: 153, errors: [] });
    expect(preview.people.new).toContain('Sapphire Murray');
    const before = await plansCount();
    const committed = await requestsAs(ctx.app, manager)('POST', `/api/imports/${preview.id}/commit`);
    expect(committed.statusCode).toBe(201);
    expect(await plansCount()).toBe(before + 1);
    const tree = planTreeSchema.parse(
      (await requestsAs(ctx.app, manager)('GET', `/api/plans/${committed.json().planId}`)).json(),
    );
    expect(tree.priorities).toHaveLength(5);
    const outcomes = tree.priorities.flatMap((p) => p.outcomes);
    expect(outcomes).toHaveLength(33);
    const actions = outcomes.flatMap((o) => o.actions);
    expect(actions).toHaveLength(153);
    expect(actions.find((a) => a.ref === '1.1.3')?.title).toContain('\n- Establish method');
    expect((await requestsAs(ctx.app, manager)('POST', `/api/imports/${preview.id}/commit`)).statusCode).toBe(
      409,
    );
  });

  it('reads an .xlsx with the usual synonyms, UK date forms, statuses in any case and several leads', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow([
      'Area of weakness',
      'Objective',
      'Action no.',
      'Description',
      'Responsible officer',
      'Target date',
      'RAG rating',
      'Progress update',
      'Revised due',
    ]);
    sheet.addRow([
      'Communication',
      'Families are heard',
      '',
      'Run a survey',
      'Jo Bloggs / Sam Smith',
      'Feb 2023',
      'green',
      'Going well',
      '',
    ]);
    sheet.addRow([
      'Communication',
      'Families are heard',
      '',
      'Publish results\nwith a summary',
      'jo  bloggs and Ann Lee',
      '28/02/2023',
      'RED',
      'Late',
      '2027-01-31',
    ]);
    sheet.addRow([
      'Journey',
      'Faster assessments',
      '',
      'Review the panel',
      'Ann Lee',
      'Dependent on sustainability',
      '',
      '',
      '',
    ]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const preview = importPreviewSchema.parse((await upload('plan.xlsx', data)).json());
    expect(preview.errors).toEqual([]);
    expect(preview.items.map((i) => [i.ref, i.dueMonth, i.dueText, i.status, i.leads])).toEqual([
      [null, '2023-02', null, 'Green', ['Jo Bloggs', 'Sam Smith']],
      [null, '2023-02', null, 'Red', ['jo  bloggs', 'Ann Lee']],
      [null, null, 'Dependent on sustainability', 'Grey', ['Ann Lee']],
    ]);
    expect(preview.people.new).toEqual(['Jo Bloggs', 'Sam Smith', 'Ann Lee']);
    const committed = await requestsAs(ctx.app, manager)('POST', `/api/imports/${preview.id}/commit`);
    const tree = planTreeSchema.parse(
      (await requestsAs(ctx.app, manager)('GET', `/api/plans/${committed.json().planId}`)).json(),
    );
    const actions = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    expect(actions.map((a) => [a.ref, a.status])).toEqual([
      ['1.1.1', 'Green'],
      ['1.1.2', 'Red'],
      ['2.1.1', 'Grey'],
    ]);
    expect(actions[1]!.leads.map((l) => l.name)).toEqual(['Jo Bloggs', 'Ann Lee']);
  });

  it('reports each broken row with its column, writes nothing, and refuses to commit', async () => {
    const csv = 'priority,outcome,action,due,status\r\nP,O,Do it,31/02/2023,Purple\r\nP,O,,Feb-23,Red\r\n';
    const preview = importPreviewSchema.parse((await upload('broken.csv', Buffer.from(csv))).json());
    expect(preview.errors).toEqual([
      { row: 2, column: 'due', message: '31/02/2023 is not a real date' },
      { row: 2, column: 'status', message: '"Purple" is not a status: use Grey, Blue, Green, Amber or Red' },
      { row: 3, column: 'action', message: 'The action is empty' },
    ]);
    const before = await plansCount();
    const refused = await requestsAs(ctx.app, manager)('POST', `/api/imports/${preview.id}/commit`);
    expect(refused.statusCode).toBe(422);
    expect(await plansCount()).toBe(before);
  });

  it('imports a Red from a file with no new-date column as Red, with a warning, and the round lists it', async () => {
    const csv =
      'priority,outcome,action,due,status,note\r\nP,O,Late thing,Feb-23,Red,Stuck\r\nP,O,On time,Feb-27,Green,Fine\r\n';
    const preview = importPreviewSchema.parse((await upload('red.csv', Buffer.from(csv))).json());
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([{ row: 2, column: 'revisedDue', message: RED_WITHOUT_DATE }]);
    const committed = await requestsAs(ctx.app, manager)('POST', `/api/imports/${preview.id}/commit`);
    expect(committed.statusCode).toBe(201);
    const planId = committed.json().planId;
    const tree = planTreeSchema.parse(
      (await requestsAs(ctx.app, manager)('GET', `/api/plans/${planId}`)).json(),
    );
    const late = tree.priorities[0]!.outcomes[0]!.actions[0]!;
    expect(late).toMatchObject({ status: 'Red', newDate: null });
    const summary = planPeriodSummarySchema.parse(
      (await requestsAs(ctx.app, manager)('GET', `/api/plans/${planId}/summary`)).json(),
    );
    expect(summary.warnings.map((w) => [w.kind, w.action.ref])).toEqual([['red-without-new-date', late.ref]]);

    // A Red whose new date cannot be read is still an error: the file says something, wrongly.
    const unreadable = 'priority,outcome,action,status,revised due\r\nP,O,A,Red,next spring\r\n';
    const refused = importPreviewSchema.parse((await upload('red.csv', Buffer.from(unreadable))).json());
    expect(refused.errors).toEqual([
      { row: 2, column: 'revisedDue', message: 'Red needs its new completion date as YYYY-MM-DD' },
    ]);
  });

  it('records the statuses for the month the manager names, which the plan’s months then include', async () => {
    const csv = 'priority,outcome,action,due,status,note\r\nP,O,Thing,Jun-23,Green,Going well\r\n';
    const refusals = [
      ['2026-12', 'The month the statuses were true must be this month or before'],
      ['March 2024', 'Enter the month the statuses were true, as YYYY-MM'],
      ['2024-13', 'Enter the month the statuses were true, as YYYY-MM'],
    ];
    for (const [asOf, message] of refusals) {
      const reply = await upload('plan.csv', Buffer.from(csv), { asOf: asOf! });
      expect(reply.statusCode, asOf).toBe(400);
      expect(errorResponseSchema.parse(reply.json()).error.details).toEqual([{ path: 'body.asOf', message }]);
    }
    const byDefault = importPreviewSchema.parse((await upload('plan.csv', Buffer.from(csv))).json());
    expect(byDefault.asOf).toBe('2026-11');

    const preview = importPreviewSchema.parse(
      (await upload('plan.csv', Buffer.from(csv), { asOf: '2024-03' })).json(),
    );
    expect(preview.asOf).toBe('2024-03');
    const committed = await requestsAs(ctx.app, manager)('POST', `/api/imports/${preview.id}/commit`);
    const planId = committed.json().planId;
    const [plan] = await ctx.database.db.select().from(plans).where(eq(plans.id, planId));
    expect([plan!.periodStart, plan!.periodEnd]).toEqual(['2023-06', '2024-05']);
    const recorded = await ctx.database.db
      .select({ period: statusUpdates.period, note: statusUpdates.note })
      .from(statusUpdates)
      .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
      .where(eq(actions.planId, planId));
    expect(recorded).toEqual([{ period: '2024-03', note: 'Going well' }]);
  });

  it('names the missing columns and what it found; refuses other files and other roles', async () => {
    const missing = await upload('plan.csv', Buffer.from('Theme,Lead\r\nA,B\r\n'));
    expect(missing.statusCode).toBe(400);
    expect(errorResponseSchema.parse(missing.json()).error.message).toMatch(
      /expected outcome .*action .*Found: Theme, Lead/,
    );
    expect((await upload('plan.pdf', Buffer.from('%PDF'))).statusCode).toBe(400);
    expect((await upload('plan.xlsx', Buffer.from('not a zip'))).statusCode).toBe(422);
    const before = await plansCount();
    const long = await upload('plan.csv', Buffer.from('priority,outcome,action\r\nP,O,A\r\n'), {
      title: 'x'.repeat(301),
    });
    expect(long.statusCode).toBe(400);
    expect(errorResponseSchema.parse(long.json()).error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.title', message: 'Enter a title of up to 300 characters' }],
    });
    expect(await plansCount()).toBe(before);
    const board = await signInAs(ctx.app, 'board');
    expect((await upload('plan.csv', Buffer.from('priority,outcome,action\r\n'), {}, board)).statusCode).toBe(
      403,
    );
  });
});
