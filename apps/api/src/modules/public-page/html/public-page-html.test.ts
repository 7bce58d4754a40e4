import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPublications, publicSummaries } from '../../../db/schema';
import { announcePlanChange } from '../../../journal';
import { builtWebApp } from '../../../test/built-web-app';
import { createPlan, openPeriod, planRows } from '../../../test/factories';
import { createTestApp } from '../../../test/test-app';

const SAID = 'We said we would train every SENCO. <script>alert("x")</script>';
const PAGE = '/public/send-progress';

describe('GET /public/:slug, the public page written by the server', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let web: ReturnType<typeof builtWebApp>;
  let planId: string;
  let actionId: string;
  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    web = builtWebApp();
    ctx = await createTestApp({
      now: () => new Date('2026-05-20T12:00:00Z'),
      requestsPerMinute: false,
      webDistDir: web.dir,
    });
    const db = ctx.database.db;
    const plan = await createPlan(db, [1, 1, 2], 'SEND improvement plan');
    planId = plan.id;
    const [published, unpublished] = (await planRows(db, planId)).actions;
    actionId = published!.id;
    await openPeriod(db, planId, '2026-04', 'closed');
    await db.insert(planPublications).values({ planId, public: true, slug: 'send-progress' });
    await db.insert(publicSummaries).values([
      {
        planId,
        actionId,
        publishedSaid: SAID,
        publishedHappened: 'Forty SENCOs are trained.',
        approvedAt: new Date(),
      },
      { planId, actionId: unpublished!.id, said: 'UNAPPROVED-DRAFT', happened: 'UNAPPROVED-DRAFT' },
    ]);
    const other = await createPlan(db, [1, 1, 1], 'OTHER-PLAN-NOT-PUBLIC');
    await db.insert(planPublications).values({ planId: other.id, public: false, slug: 'other-plan' });
  });
  afterAll(async () => {
    await ctx.close();
    web.remove();
  });

  it('answers whole GOV.UK HTML with the approved words as text, the web app’s stylesheet and no script', async () => {
    const reply = await get(PAGE);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, no-cache');
    const csp = reply.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(reply.body).toContain('<link rel="stylesheet" crossorigin href="/assets/index-test.css">');
    expect(reply.body).not.toMatch(/<script|modulepreload|\sstyle=/i);
    expect(reply.body).toContain('<title>SEND improvement plan: progress</title>');
    expect(reply.body).toContain('Progress as at April 2026, the latest month checked and closed.');
    expect(reply.body).toContain(
      'We said we would train every SENCO. &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;',
    );
    expect(reply.body).toContain('Forty SENCOs are trained.');
    expect(reply.body).not.toContain('UNAPPROVED-DRAFT');
    expect(reply.body).not.toContain('Action 1.1.2');
  });

  it('reads the database once per plan revision: a repeated request asks only whether the plan is still public', async () => {
    const first = await get(PAGE);
    const before = ctx.database.queryCount();
    const second = await get(PAGE);
    expect(ctx.database.queryCount() - before).toBe(1);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    const unchanged = await get(PAGE, { 'if-none-match': first.headers.etag as string });
    expect(unchanged.statusCode).toBe(304);
    expect(ctx.database.queryCount() - before).toBe(2);
    const zipped = await get(PAGE, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
  });

  it('shows a change to the plan at once, though the page was kept', async () => {
    const before = await get(PAGE);
    await ctx.database.db
      .update(publicSummaries)
      .set({ publishedHappened: 'Fifty SENCOs are trained.' })
      .where(eq(publicSummaries.actionId, actionId));
    await announcePlanChange(ctx.database.db, planId);
    const after = await get(PAGE, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Fifty SENCOs are trained.');
    expect(after.body).not.toContain('Forty SENCOs are trained.');
  });

  it('says an unknown address and a plan that is not public are not found, alike, and keeps neither', async () => {
    const [unknown, notPublic] = [await get('/public/no-such-plan'), await get('/public/other-plan')];
    for (const reply of [unknown, notPublic]) {
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.body).toContain('<h1 class="govuk-heading-xl">Page not found</h1>');
      expect(reply.body).toContain('<meta name="robots" content="noindex" />');
      expect(reply.body).not.toMatch(/<script/i);
    }
    expect(notPublic.body).toBe(unknown.body);
    expect(notPublic.body).not.toContain('OTHER-PLAN-NOT-PUBLIC');
  });

  it('stops showing the plan the moment it is no longer public', async () => {
    expect((await get(PAGE)).body).toContain('Fifty SENCOs are trained.');
    await ctx.database.db
      .update(planPublications)
      .set({ public: false })
      .where(eq(planPublications.planId, planId));
    const off = await get(PAGE);
    expect(off.body).toContain('Page not found');
    expect(off.body).not.toContain('SENCOs');
  });
});
