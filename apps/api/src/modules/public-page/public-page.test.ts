import { publicPlanSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import {
  actionLeads,
  actions,
  kpis,
  kpiValues,
  people,
  planPublications,
  statusUpdates,
} from '../../db/schema';
import { createOrganisation, createPlan, openPeriod, planRows } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { rowsAsSpreadsheet } from '../../test/spreadsheet-rows';
import { createTestApp } from '../../test/test-app';
import { licenceLink } from './public-page.routes';

const today = new Date('2026-05-20T12:00:00Z');

/** Text that must never reach the public: each is checked absent from every public reply. */
const SECRET = {
  actionTitle: 'SECRET-ACTION-TITLE',
  leadName: 'SECRET-LEAD-NAME',
  note: 'SECRET-PROGRESS-NOTE',
  unapproved: 'SECRET-UNAPPROVED-SUMMARY',
  draftAfterApproval: 'SECRET-DRAFT-AFTER-APPROVAL',
  withdrawn: 'SECRET-WITHDRAWN-SUMMARY',
  archived: 'SECRET-ARCHIVED-ACTION',
  kpiStatement: 'SECRET-KPI-STATEMENT',
  kpiBaselineText: 'SECRET-BASELINE-WORDS',
  kpiValueNote: 'SECRET-KPI-VALUE-NOTE',
  unapprovedKpi: 'SECRET-UNAPPROVED-KPI',
  otherPlan: 'SECRET-OTHER-PLAN',
};

async function addKpi(app: App, planId: string, position: number, values: Partial<typeof kpis.$inferInsert>) {
  const [kpi] = await app.database.db
    .insert(kpis)
    .values({
      planId,
      outcomeRef: `1.${position}`,
      position,
      statement: `${SECRET.kpiStatement} ${position}`,
      baselineValue: 41,
      baselineText: SECRET.kpiBaselineText,
      ...values,
    })
    .returning();
  return kpi!;
}

/** Actions 1.1.2 (unapproved), 1.1.3 (archived), 2.1.1 (withdrawn), 2.1.2 (no summary yet), KPI 1.2 (unapproved). */
const UNPUBLISHED_REFS = ['1.1.2', '1.1.3', '2.1.1', '2.1.2', '1.2'];
const wholeRef = (ref: string) => new RegExp(`(^|[^\\d.])${ref.replaceAll('.', '\\.')}($|[^\\d.])`);

describe('the public progress page and its open data', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  let planId: string;
  let ids: Record<'published' | 'unapproved' | 'withdrawn' | 'untouched' | 'archived', string>;
  let kpiIds: { published: string; unapproved: string };
  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url, headers });
  const PAGE = '/api/public/plans/send-progress';
  const URLS = [PAGE, `${PAGE}/data.json`, `${PAGE}/data.csv`];
  /** The data, and the page people read, which the server writes from it. */
  const READS = [...URLS, '/public/send-progress'];

  async function summarise(kind: 'actions' | 'kpis', id: string, said: string, happened: string) {
    const current = await send('GET', `/api/${kind}/${id}/public-summary`);
    const reply = await send(
      'PUT',
      `/api/${kind}/${id}/public-summary`,
      { said, happened },
      {
        'if-match': current.headers.etag as string,
      },
    );
    expect(reply.statusCode).toBe(200);
    return reply.headers.etag as string;
  }
  async function approve(kind: 'actions' | 'kpis', id: string, etag: string) {
    const reply = await send('POST', `/api/${kind}/${id}/public-summary/approve`, undefined, {
      'if-match': etag,
    });
    expect(reply.statusCode).toBe(200);
    return reply.headers.etag as string;
  }

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    const db = ctx.database.db;
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
    const plan = await createPlan(db, [2, 1, 3], 'SEND improvement plan');
    planId = plan.id;
    const rows = await planRows(db, planId);
    const [a1, a2, a3, b1, b2, b3] = rows.actions;
    for (const action of rows.actions) {
      await db
        .update(actions)
        .set({ title: `${SECRET.actionTitle} ${action.ref}` })
        .where(eq(actions.id, action.id));
    }
    const council = await createOrganisation(db, { name: 'Lancashire County Council' });
    const [lead] = await db
      .select({ personId: actionLeads.personId })
      .from(actionLeads)
      .where(eq(actionLeads.actionId, a1!.id));
    await db
      .update(people)
      .set({ name: SECRET.leadName, role: 'Head of SEND', organisationId: council.id })
      .where(eq(people.id, lead!.personId));
    ids = { published: a1!.id, unapproved: a2!.id, withdrawn: b1!.id, untouched: b2!.id, archived: a3!.id };

    await openPeriod(db, planId, '2026-05');
    const update = await send('POST', `/api/actions/${a1!.id}/updates`, {
      period: '2026-05',
      status: 'Green',
      note: SECRET.note,
    });
    expect(update.statusCode).toBe(201);
    // The public page shows closed months only: May is checked and closed.
    expect((await send('POST', `/api/plans/${planId}/periods/2026-05/close`)).statusCode).toBe(200);

    const published = await summarise(
      'actions',
      a1!.id,
      'We said we would train every SENCO.',
      'Forty SENCOs are trained.',
    );
    const approvedTag = await approve('actions', a1!.id, published);
    await send(
      'PUT',
      `/api/actions/${a1!.id}/public-summary`,
      { said: SECRET.draftAfterApproval, happened: 'x' },
      {
        'if-match': approvedTag,
      },
    );
    await summarise('actions', a2!.id, SECRET.unapproved, SECRET.unapproved);
    const withdrawn = await approve(
      'actions',
      b1!.id,
      await summarise('actions', b1!.id, SECRET.withdrawn, SECRET.withdrawn),
    );
    await send('POST', `/api/actions/${b1!.id}/public-summary/withdraw`, undefined, {
      'if-match': withdrawn,
    });
    await approve('actions', a3!.id, await summarise('actions', a3!.id, SECRET.archived, SECRET.archived));
    expect((await send('POST', `/api/actions/${a3!.id}/archive`)).statusCode).toBe(200);
    expect(b3).toBeDefined();

    const kpiPublished = await addKpi(ctx.app, planId, 1, { unit: 'percent', direction: 'higher' });
    const kpiUnapproved = await addKpi(ctx.app, planId, 2, {});
    kpiIds = { published: kpiPublished.id, unapproved: kpiUnapproved.id };
    await send('PATCH', `/api/kpis/${kpiPublished.id}`, {
      targets: [
        { monthsFromStart: 3, value: 50, text: '50%' },
        { monthsFromStart: 12, value: 65, text: '65%' },
      ],
    });
    await db
      .insert(kpiValues)
      .values({ kpiId: kpiPublished.id, period: '2026-04', value: 52, note: SECRET.kpiValueNote });
    await approve(
      'kpis',
      kpiPublished.id,
      await summarise('kpis', kpiPublished.id, 'More assessments on time.', 'Better each month.'),
    );
    await summarise('kpis', kpiUnapproved.id, SECRET.unapprovedKpi, SECRET.unapprovedKpi);

    const other = await createPlan(db, [1, 1, 1], 'Another plan');
    const otherAction = (await planRows(db, other.id)).actions[0]!;
    await approve(
      'actions',
      otherAction.id,
      await summarise('actions', otherAction.id, SECRET.otherPlan, SECRET.otherPlan),
    );
    await send(
      'PATCH',
      `/api/plans/${other.id}/publication`,
      { public: false, slug: 'other-plan' },
      { 'if-match': '"0"' },
    );

    await send(
      'PATCH',
      `/api/plans/${planId}/publication`,
      { public: true, slug: 'send-progress' },
      { 'if-match': '"0"' },
    );
    await send('POST', `/api/plans/${planId}/glossary`, {
      term: 'SENCO',
      expansion: 'Special educational needs co-ordinator',
    });
  });
  afterAll(() => ctx.close());

  it('answers without sign-in, with only the approved action and KPI, in their approved words', async () => {
    const reply = await get(PAGE);
    expect(reply.statusCode).toBe(200);
    const page = publicPlanSchema.parse(reply.json());
    expect(page).toMatchObject({
      slug: 'send-progress',
      title: 'SEND improvement plan',
      licence: { name: 'Open Government Licence v3.0' },
      data: { csv: `${PAGE}/data.csv`, json: `${PAGE}/data.json` },
      glossary: [{ term: 'SENCO', expansion: 'Special educational needs co-ordinator' }],
    });
    expect(page.priorities).toEqual([
      {
        ref: '1',
        title: 'Priority 1',
        actions: [
          {
            ref: '1.1.1',
            said: 'We said we would train every SENCO.',
            happened: 'Forty SENCOs are trained.',
            status: 'Green',
            statusMonth: '2026-05',
            dueMonth: '2026-06',
            newDate: null,
            pastOriginalDate: false,
            pastNewDate: false,
            leads: [{ name: null, role: 'Head of SEND', organisation: 'Lancashire County Council' }],
            files: [],
          },
        ],
      },
    ]);
    expect(page.kpis).toEqual([
      {
        ref: '1.1',
        said: 'More assessments on time.',
        happened: 'Better each month.',
        unit: 'percent',
        direction: 'higher',
        targetKind: 'level',
        baseline: 41,
        target: { value: 50, month: '2026-03' },
        latest: { month: '2026-04', value: 52, judgement: 'on-target' },
      },
    ]);
  });

  it('never lets unpublished actions, KPIs, text, lead names or ids through the page, its JSON or its CSV', async () => {
    const itemIds = [...Object.values(ids), ...Object.values(kpiIds), planId];
    for (const url of READS) {
      const reply = await get(url);
      expect(reply.statusCode, url).toBe(200);
      for (const [what, marker] of Object.entries(SECRET)) {
        expect(reply.body, `${what} in ${url}`).not.toContain(marker);
      }
      for (const id of itemIds) expect(reply.body, `${id} in ${url}`).not.toContain(id);
      for (const ref of UNPUBLISHED_REFS) expect(reply.body, `${ref} in ${url}`).not.toMatch(wholeRef(ref));
      // On the page the acronym is marked with its meaning.
      expect(reply.body, url).toMatch(/Forty (<abbr title="[^"]*">)?SENCOs(<\/abbr>)? are trained\./);
    }
  });

  it('serves the CSV as an open table with its licence, and the JSON as a file, both fetchable from anywhere', async () => {
    const csv = await get(`${PAGE}/data.csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers.link).toBe(
      '<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>; rel="license"',
    );
    expect(csv.headers['access-control-allow-origin']).toBe('*');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^type,ref,priority,what we said we would do,what has happened,status,/);
    expect(lines[1]).toBe(
      'action,1.1.1,1 Priority 1,We said we would train every SENCO.,Forty SENCOs are trained.,Green,On target,2026-05,2026-06,,no,no,"Head of SEND, Lancashire County Council",,,,,,,,,',
    );
    expect(lines[2]).toBe(
      'KPI,1.1,,More assessments on time.,Better each month.,,,,,,,,,percent,higher,level,41,50,2026-03,52,2026-04,On target',
    );
    const json = await get(`${PAGE}/data.json`);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe('inline; filename="send-progress.json"');
    expect(publicPlanSchema.parse(json.json())).toEqual(publicPlanSchema.parse((await get(PAGE)).json()));
  });

  it('reads the database once per plan revision: a repeated read asks only whether the plan is still public', async () => {
    for (const url of URLS) {
      const first = await get(url);
      const before = ctx.database.queryCount();
      const second = await get(url);
      expect(ctx.database.queryCount() - before, url).toBe(1);
      expect(second.body, url).toBe(first.body);
      expect(second.headers.etag, url).toBe(first.headers.etag);
      expect(second.headers['cache-control'], url).toBe('public, no-cache');
    }
  });

  it('shows evidence the manager approved for a published action, downloadable by anyone, and nothing else', async () => {
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const attachTo = async (actionId: string, fileName: string) => {
      const [update] = await ctx.database.db
        .insert(statusUpdates)
        .values({ actionId, period: '2026-04', status: 'Green', note: 'x' })
        .returning();
      const body = multipart(fileName, PDF);
      const reply = await ctx.app.inject({
        method: 'POST',
        url: `/api/actions/${actionId}/updates/${update!.id}/attachments`,
        payload: body.payload,
        headers: { ...manager.headers, 'content-type': body.contentType },
      });
      expect(reply.statusCode, reply.body).toBe(201);
      return reply.json().id as string;
    };
    const approvedFile = await attachTo(ids.published, 'Training register.pdf');
    const unapprovedFile = await attachTo(ids.published, 'SECRET-UNAPPROVED-FILE.pdf');
    const ofUnpublished = await attachTo(ids.unapproved, 'SECRET-FILE-OF-UNPUBLISHED.pdf');
    const lead = await signInAs(ctx.app, 'lead');
    expect(
      (await requestsAs(ctx.app, lead)('PUT', `/api/attachments/${approvedFile}/public`)).statusCode,
    ).toBe(403);
    const approved = await send('PUT', `/api/attachments/${approvedFile}/public`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().publicApproved).toBe(true);
    expect((await send('PUT', `/api/attachments/${ofUnpublished}/public`)).statusCode).toBe(200);

    const page = publicPlanSchema.parse((await get(PAGE)).json());
    const action = page.priorities.flatMap((p) => p.actions).find((a) => a.said.startsWith('We said'))!;
    expect(action.files).toEqual([
      {
        id: approvedFile,
        fileName: 'Training register.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
      },
    ]);
    for (const url of URLS) {
      const body = (await get(url)).body;
      expect(body).not.toContain('SECRET-UNAPPROVED-FILE');
      expect(body).not.toContain('SECRET-FILE-OF-UNPUBLISHED');
    }
    const file = await get(`${PAGE}/files/${approvedFile}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-disposition']).toBe('attachment; filename="Training register.pdf"');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    for (const hidden of [unapprovedFile, ofUnpublished])
      expect((await get(`${PAGE}/files/${hidden}`)).statusCode).toBe(404);
    expect((await get(`/api/public/plans/other-plan/files/${approvedFile}`)).statusCode).toBe(404);

    expect((await send('DELETE', `/api/attachments/${approvedFile}/public`)).statusCode).toBe(200);
    const after = publicPlanSchema.parse((await get(PAGE)).json());
    expect(after.priorities.flatMap((p) => p.actions).flatMap((a) => a.files)).toEqual([]);
    expect((await get(`${PAGE}/files/${approvedFile}`)).statusCode).toBe(404);
  });

  it('takes a removed file off the public page and its download at once, though the page was cached', async () => {
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const [update] = await ctx.database.db
      .insert(statusUpdates)
      .values({ actionId: ids.published, period: '2026-03', status: 'Green', note: 'x' })
      .returning();
    const body = multipart('Names of pupils.pdf', PDF);
    const attached = await ctx.app.inject({
      method: 'POST',
      url: `/api/actions/${ids.published}/updates/${update!.id}/attachments`,
      payload: body.payload,
      headers: { ...manager.headers, 'content-type': body.contentType },
    });
    const fileId = attached.json().id as string;
    expect((await send('PUT', `/api/attachments/${fileId}/public`)).statusCode).toBe(200);
    const filesOnPage = async () =>
      publicPlanSchema
        .parse((await get(PAGE)).json())
        .priorities.flatMap((p) => p.actions)
        .flatMap((a) => a.files.map((f) => f.id));
    expect(await filesOnPage()).toContain(fileId);
    expect((await get(`${PAGE}/files/${fileId}`)).statusCode).toBe(200);

    const removed = await send('DELETE', `/api/attachments/${fileId}`, { reason: 'It names pupils' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await filesOnPage()).not.toContain(fileId);
    expect((await get(`${PAGE}/files/${fileId}`)).statusCode).toBe(404);
    for (const url of URLS) expect((await get(url)).body).not.toContain('Names of pupils');
  });

  it('answers an unknown address and a plan that is not public with the same 404', async () => {
    const unknown = await get('/api/public/plans/no-such-plan');
    const notPublic = await get('/api/public/plans/other-plan');
    for (const reply of [unknown, notPublic, await get('/api/public/plans/other-plan/data.csv')]) {
      expect(reply.statusCode).toBe(404);
      expect(reply.json()).toEqual({ error: { code: 'not_found', message: 'Public page not found' } });
    }
  });

  it('shows a change at once: a new approval, names when the plan shows them, nothing once turned off', async () => {
    const before = await get(PAGE);
    expect((await get(PAGE, { 'if-none-match': before.headers.etag as string })).statusCode).toBe(304);

    await approve(
      'actions',
      ids.untouched,
      await summarise('actions', ids.untouched, 'We said B.', 'B happened.'),
    );
    const settings = await send('GET', `/api/plans/${planId}/publication`);
    const named = await send(
      'PATCH',
      `/api/plans/${planId}/publication`,
      { showLeadNames: true },
      {
        'if-match': settings.headers.etag as string,
      },
    );
    expect(named.statusCode).toBe(200);
    const after = await get(PAGE, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    const page = publicPlanSchema.parse(after.json());
    expect(page.priorities.flatMap((p) => p.actions.map((a) => a.ref))).toEqual(['1.1.1', '2.1.2']);
    expect(page.priorities[0]!.actions[0]!.leads[0]!.name).toBe(SECRET.leadName);

    const off = await send(
      'PATCH',
      `/api/plans/${planId}/publication`,
      { public: false },
      {
        'if-match': named.headers.etag as string,
      },
    );
    expect(off.statusCode).toBe(200);
    for (const url of URLS) expect((await get(url)).statusCode, url).toBe(404);
    await send(
      'PATCH',
      `/api/plans/${planId}/publication`,
      { public: true, showLeadNames: false },
      {
        'if-match': off.headers.etag as string,
      },
    );
    expect((await get(PAGE)).body).not.toContain(SECRET.leadName);
  });

  it('drops an action deleted from the plan, summary and all', async () => {
    const reply = await send('DELETE', `/api/actions/${ids.untouched}`);
    expect(reply.statusCode).toBe(204);
    const page = publicPlanSchema.parse((await get(PAGE)).json());
    expect(page.priorities.flatMap((p) => p.actions.map((a) => a.ref))).toEqual(['1.1.1']);
  });

  it('shows the latest closed month only: a month still taking updates reaches the public when it closes', async () => {
    const shown = async () => {
      const page = publicPlanSchema.parse((await get(PAGE)).json());
      return { asAt: page.asAt, action: page.priorities[0]!.actions.find((a) => a.ref === '1.1.1') };
    };
    expect(await shown()).toMatchObject({
      asAt: '2026-05',
      action: { status: 'Green', statusMonth: '2026-05' },
    });
    await openPeriod(ctx.database.db, planId, '2026-06');
    const red = await send('POST', `/api/actions/${ids.published}/updates`, {
      period: '2026-06',
      status: 'Red',
      note: 'Slipped',
      revisedDue: '2026-12-31',
    });
    expect(red.statusCode, red.body).toBe(201);
    expect(await shown()).toMatchObject({ asAt: '2026-05', action: { status: 'Green', newDate: null } });
    expect((await send('POST', `/api/plans/${planId}/periods/2026-06/close`)).statusCode).toBe(200);
    expect(await shown()).toMatchObject({
      asAt: '2026-06',
      action: { status: 'Red', statusMonth: '2026-06', newDate: { date: '2026-12-31' }, pastNewDate: false },
    });
    const csv = (await get(`${PAGE}/data.csv`)).body;
    expect(csv).toContain('Red,Significantly delayed,2026-06,2026-06,2026-12-31,no,no');
  });

  it('serves text with a line break inside its cell, never as a formula row, and one licence link', async () => {
    const happened = "Progress made\n=1+1+cmd|' /C calc'!A0";
    await approve(
      'actions',
      ids.unapproved,
      await summarise('actions', ids.unapproved, 'We said C.', happened),
    );
    const settings = await send('GET', `/api/plans/${planId}/publication`);
    const hostile = 'https://example.org/licence>;rel="preload";as="script",<https://evil.example/x.js';
    const patched = await send(
      'PATCH',
      `/api/plans/${planId}/publication`,
      { licenceUrl: hostile },
      { 'if-match': settings.headers.etag as string },
    );
    // The form may refuse such an address; an address stored before it did must still be safe.
    if (patched.statusCode !== 200)
      await ctx.database.db.update(planPublications).set({ licenceUrl: hostile });

    const csv = await get(`${PAGE}/data.csv`);
    expect(csv.statusCode).toBe(200);
    const rows = rowsAsSpreadsheet(csv.rawPayload);
    expect(rows.find((row) => row[1] === '1.1.2')).toContain(happened);
    expect(rows.flat().some((cell) => cell.startsWith('='))).toBe(false);
    const link = csv.headers.link as string;
    expect(link.match(/</g)).toHaveLength(1);
    expect(link.match(/>/g)).toHaveLength(1);
    expect(link).toMatch(/^<https:\/\/example\.org\/licence[^<>"\s,;]*>; rel="license"$/);
  });
});

describe('the open data’s licence link', () => {
  it('is one normalised link, whatever text was stored as its address', () => {
    const hostile = 'https://example.org/licence>; rel="preload"; as="script", <https://evil.example/x.js';
    const header = licenceLink(hostile)!;
    expect(header.match(/</g)).toHaveLength(1);
    expect(header.match(/>/g)).toHaveLength(1);
    expect(header).toMatch(/^<https:\/\/example\.org\/licence[^<>"\s,;]*>; rel="license"$/);
    expect(licenceLink('javascript:alert(1)')).toBeNull();
    expect(licenceLink('not a url')).toBeNull();
    expect(licenceLink('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/')).toBe(
      '<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>; rel="license"',
    );
  });
});
