import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, kpis, kpiValues, statusUpdates } from '../../db/schema';
import { createActionWithLead } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** A Word document's words in order, without its markup. */
async function docxText(file: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('the revisit readiness pack', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  let planId: string;
  let evidenceUrls: { judgement: string; update: string };
  const clock = new Date('2026-11-20T10:00:00Z');

  const attach = async (url: string, fileName: string) => {
    const body = multipart(fileName, PDF);
    const reply = await ctx.app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...manager.headers, 'content-type': body.contentType },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    return reply.json().id as string;
  };

  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false, now: () => clock });
    manager = await signInAs(ctx.app, 'manager');
    board = await signInAs(ctx.app, 'board');
    const send = requestsAs(ctx.app, manager);
    const made = await createActionWithLead(ctx.database.db);
    planId = made.plan.id;
    const [before] = await ctx.database.db
      .insert(statusUpdates)
      .values({
        actionId: made.action.id,
        period: '2026-04',
        status: 'Amber',
        note: 'Panel short of members',
      })
      .returning();
    const [kpi] = await ctx.database.db
      .insert(kpis)
      .values({
        planId,
        outcomeRef: '1.1',
        position: 1,
        statement: 'EHC plans issued within 20 weeks',
        baselineValue: 41,
      })
      .returning();
    await ctx.database.db.insert(kpiValues).values({ kpiId: kpi!.id, period: '2026-09', value: 58 });
    const finding = await send('POST', `/api/plans/${planId}/findings`, {
      ref: 'W1',
      title: 'Waiting times for assessment are too long',
      source: 'Ofsted and CQC revisit, May 2026',
      actionIds: [made.action.id],
      kpiIds: [kpi!.id],
    });
    expect(finding.statusCode, finding.body).toBe(201);
    const findingId = finding.json().id as string;
    const judged = await send('POST', `/api/findings/${findingId}/judgements`, {
      month: '2026-05',
      judgement: 'improving',
      note: 'Waits down from 30 to 22 weeks',
    });
    expect(judged.statusCode, judged.body).toBeLessThan(300);
    const judgementId = (await send('GET', `/api/findings/${findingId}`)).json().judgements[0].id as string;
    evidenceUrls = {
      judgement: `/api/findings/${findingId}/judgements/${judgementId}/attachments`,
      update: `/api/actions/${made.action.id}/updates/${before!.id}/attachments`,
    };
    await attach(evidenceUrls.judgement, 'Revisit letter.pdf');
    await attach(evidenceUrls.update, 'Panel terms.pdf');
    const [latest] = await ctx.database.db
      .insert(statusUpdates)
      .values({ actionId: made.action.id, period: '2026-10', status: 'Green', note: 'Panel now weekly' })
      .returning();
    await ctx.database.db
      .update(actions)
      .set({ status: 'Green', currentUpdateId: latest!.id })
      .where(eq(actions.id, made.action.id));
    const unjudged = await send('POST', `/api/plans/${planId}/findings`, {
      ref: 'W2',
      title: 'Transitions at 16',
    });
    expect(unjudged.statusCode).toBe(201);
  });
  afterAll(() => ctx.close());

  it('says, in Word, what changed since each finding’s judgement, then each finding as an inspector reads it', async () => {
    const reply = await requestsAs(ctx.app, board)('GET', `/api/plans/${planId}/readiness-pack`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(reply.headers['content-disposition']).toBe(
      'attachment; filename="Revisit readiness pack - Test plan.docx"',
    );
    const text = await docxText(reply.rawPayload);
    const order = [
      'Revisit readiness pack',
      'What changed since the last judgement',
      'W1 Waiting times for assessment are too long: Improving at May 2026. Since May 2026: 1 status update on its actions, 2 new files of evidence.',
      'W2 Transitions at 16: not yet judged. So far: 0 status updates on its actions, 0 new files of evidence.',
      'W1 Waiting times for assessment are too long',
      'Source: Ofsted and CQC revisit, May 2026',
      'Judgements over time',
      'Waits down from 30 to 22 weeks',
      'Actions that address it',
      'Green (on target)',
      'October 2026: Panel now weekly',
      'KPIs that measure it',
      '1.1 EHC plans issued within 20 weeks',
      'Baseline 41; latest 58 (September 2026)',
      'Evidence',
      'Revisit letter.pdf (1 KB)',
      'Judgement of May 2026',
      'Panel terms.pdf (1 KB)',
      'update for April 2026',
      'W2 Transitions at 16',
      'Not yet judged.',
      'No action addresses it yet.',
      'No KPI is linked to it.',
    ];
    let at = -1;
    for (const words of order) {
      const next = text.indexOf(words, at + 1);
      expect(next, `"${words}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  it('says the same in the PDF', async () => {
    const reply = await requestsAs(ctx.app, board)('GET', `/api/plans/${planId}/readiness-pack?format=pdf`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    const text = (await extractText(new Uint8Array(reply.rawPayload), { mergePages: true })).text.replace(
      /\s+/g,
      ' ',
    );
    for (const words of [
      'What changed since the last judgement',
      'Since May 2026: 1 status update on its actions',
      'May 2026: Improving',
      'Baseline 41; latest 58 (September 2026)',
      'Panel terms.pdf (1 KB): Action',
      'Revisit letter.pdf (1 KB): Judgement of May 2026',
    ])
      expect(text).toContain(words);
  });

  it('leaves out files removed as attached by mistake, on judgements and on updates alike', async () => {
    for (const url of [evidenceUrls.judgement, evidenceUrls.update]) {
      const id = await attach(url, 'Wrong file.pdf');
      const removed = await requestsAs(ctx.app, manager)('DELETE', `/api/attachments/${id}`, {
        reason: 'Attached to the wrong finding',
      });
      expect(removed.statusCode, removed.body).toBe(200);
    }
    const reply = await requestsAs(ctx.app, board)('GET', `/api/plans/${planId}/readiness-pack`);
    const text = await docxText(reply.rawPayload);
    expect(text).not.toContain('Wrong file.pdf');
    expect(text).toContain('Since May 2026: 1 status update on its actions, 2 new files of evidence.');
  });

  it('refuses an unknown format, an unknown plan and the public', async () => {
    const send = requestsAs(ctx.app, board);
    expect((await send('GET', `/api/plans/${planId}/readiness-pack?format=exe`)).statusCode).toBe(400);
    expect(
      (await send('GET', '/api/plans/00000000-0000-4000-8000-000000000000/readiness-pack')).statusCode,
    ).toBe(404);
    expect((await ctx.app.inject({ url: `/api/plans/${planId}/readiness-pack` })).statusCode).toBe(401);
  });
});
