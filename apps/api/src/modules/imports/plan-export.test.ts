import {
  errorResponseSchema,
  importPreviewSchema,
  type PlanExportFormat,
  planTreeSchema,
} from '@ragboard/shared';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLAN_SLUG } from '../../db/demo/demo-plan';
import { seedDemo } from '../../db/demo/seed-demo';
import { actionLeads, actions, outcomes, plans, priorities, statusUpdates } from '../../db/schema';
import { createPerson, createPlan, planRows } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { rowsAsSpreadsheet } from '../../test/spreadsheet-rows';
import { createTestApp } from '../../test/test-app';

const now = new Date('2026-11-24T10:00:00Z');

describe('exporting a plan', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let demoPlanId: string;
  const send = (...args: Parameters<ReturnType<typeof requestsAs>>) => requestsAs(ctx.app, manager)(...args);
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => now, requestsPerMinute: false });
    await seedDemo(ctx.database.db, now);
    demoPlanId = (
      await ctx.database.db.select({ id: plans.id }).from(plans).where(eq(plans.slug, DEMO_PLAN_SLUG))
    )[0]!.id;
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  /** Every action as a person reads it: where it sits, what it says, who leads, when, where it stands. */
  async function actionsOf(planId: string) {
    const tree = planTreeSchema.parse((await send('GET', `/api/plans/${planId}`)).json());
    const notes = new Map(
      (
        await ctx.database.db
          .select({ id: actions.id, note: statusUpdates.note })
          .from(actions)
          .innerJoin(statusUpdates, eq(statusUpdates.id, actions.currentUpdateId))
          .where(eq(actions.planId, planId))
      ).map((n) => [n.id, n.note]),
    );
    return tree.priorities.flatMap((p) =>
      p.outcomes.flatMap((o) =>
        o.actions.map((a) => ({
          priority: p.title,
          outcome: o.title,
          ref: a.ref,
          description: a.title,
          leads: a.leads.map((l) => l.name),
          due: a.dueMonth ?? a.dueText,
          status: a.status,
          revisedDue: a.newDate?.date ?? null,
          note: notes.get(a.id) ?? null,
        })),
      ),
    );
  }

  async function importAgain(fileName: string, body: Buffer) {
    const { contentType, payload } = multipart(fileName, body, { title: 'Imported again' });
    const uploaded = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { ...manager.headers, 'content-type': contentType },
      payload,
    });
    const preview = importPreviewSchema.parse(uploaded.json());
    expect(preview.errors).toEqual([]);
    const committed = await send('POST', `/api/imports/${preview.id}/commit`);
    expect(committed.statusCode).toBe(201);
    return committed.json().planId as string;
  }

  it.each<PlanExportFormat>(['csv', 'xlsx'])(
    'exports the demo plan as %s that imports again with every action’s ref, description, leads, due, status and note',
    async (format) => {
      const reply = await send('GET', `/api/plans/${demoPlanId}/export?format=${format}`);
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-disposition']).toBe(
        `attachment; filename="lancashire-send-2023-24-2026-11-24.${format}"`,
      );
      const original = await actionsOf(demoPlanId);
      expect(original).toHaveLength(153);
      // The demo holds every case worth carrying: every status, several leads, bullet lists, words for a due date.
      expect(new Set(original.map((a) => a.status))).toEqual(
        new Set(['Grey', 'Blue', 'Green', 'Amber', 'Red']),
      );
      expect(original.some((a) => a.leads.length > 1)).toBe(true);
      expect(original.some((a) => a.description.includes('\n- '))).toBe(true);
      expect(original.some((a) => a.due === 'Dependent on sustainability')).toBe(true);
      expect(original.filter((a) => a.status === 'Red').every((a) => a.revisedDue)).toBe(true);
      const imported = await actionsOf(await importAgain(`plan.${format}`, reply.rawPayload));
      expect(imported).toEqual(original);
    },
  );

  it('keeps quotes, commas, accents, words for a due date, a Red’s new date and a Grey through CSV', async () => {
    const db = ctx.database.db;
    const planId = (await createPlan(db, [1, 1, 2])).id;
    const {
      priorities: [priority],
      outcomes: [outcome],
      actions: [action],
    } = await planRows(db, planId);
    await db.update(priorities).set({ title: 'Café, "quoted"' }).where(eq(priorities.id, priority!.id));
    await db.update(outcomes).set({ title: '-Line one\nline two' }).where(eq(outcomes.id, outcome!.id));
    const [zoe, post] = [
      await createPerson(db, { name: 'Zoë O’Neill' }),
      await createPerson(db, { name: 'FHISS Project Manager' }),
    ];
    await db.delete(actionLeads).where(eq(actionLeads.actionId, action!.id));
    await db.insert(actionLeads).values([
      { actionId: action!.id, personId: zoe.id, position: 0 },
      { actionId: action!.id, personId: post.id, position: 1 },
    ]);
    const [update] = await db
      .insert(statusUpdates)
      .values({
        actionId: action!.id,
        period: '2026-10',
        status: 'Red',
        // A second line a spreadsheet would run as a formula if the line feed went out unquoted.
        note: `@Finance: late; waiting on "funding", see minutes\n=1+1+cmd|' /C calc'!A0`,
        revisedDue: '2027-03-31',
      })
      .returning();
    await db
      .update(actions)
      .set({
        title: '=SUM(1,2) and "more", with a comma',
        dueMonth: null,
        dueText: 'Dependent on sustainability',
        status: 'Red',
        revisedDue: '2027-03-31',
        currentUpdateId: update!.id,
      })
      .where(eq(actions.id, action!.id));
    const original = await actionsOf(planId);
    expect(original).toMatchObject([
      { status: 'Red', revisedDue: '2027-03-31', due: 'Dependent on sustainability' },
      { status: 'Grey', revisedDue: null, due: '2026-06', note: null },
    ]);
    const file = (await send('GET', `/api/plans/${planId}/export?format=csv`)).rawPayload;
    // No cell a spreadsheet would run as a formula: each such text is sent behind an apostrophe.
    const cells = (parse(file, { bom: true }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toEqual(
      expect.arrayContaining(['\'=SUM(1,2) and "more", with a comma', "'-Line one\nline two"]),
    );
    // Read as a spreadsheet reads it (a new row at a bare line feed outside quotes): still no formula.
    const asSheet = rowsAsSpreadsheet(file);
    expect(asSheet.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(asSheet).toHaveLength(cells.length / asSheet[0]!.length);
    expect(await actionsOf(await importAgain('tricky.csv', file))).toEqual(original);
  });

  it('lets any signed-in reader export; refuses an unknown format with 400 and an unknown plan with 404', async () => {
    const board = await signInAs(ctx.app, 'board');
    const asBoard = requestsAs(ctx.app, board);
    const xlsx = await asBoard('GET', `/api/plans/${demoPlanId}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const pdf = await asBoard('GET', `/api/plans/${demoPlanId}/export?format=pdf`);
    expect(pdf.statusCode).toBe(400);
    expect(errorResponseSchema.parse(pdf.json()).error.code).toBe('validation_failed');
    const unknown = await asBoard('GET', `/api/plans/${crypto.randomUUID()}/export?format=csv`);
    expect(unknown.statusCode).toBe(404);
    expect(errorResponseSchema.parse(unknown.json()).error.code).toBe('not_found');
  });
});
