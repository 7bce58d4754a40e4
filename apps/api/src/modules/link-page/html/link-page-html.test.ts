import { remindersReplySchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { plans } from '../../../db/schema';
import { BUILT_INDEX, builtWebApp } from '../../../test/built-web-app';
import { roundApp } from '../../../test/round';

let done: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of done) await step();
  done = [];
});

/** The round, with a built web app whose page is BUILT_INDEX, and its leads' links from the manager's reminders. */
async function linkedRound() {
  const web = builtWebApp();
  const r = await roundApp('2026-11-24T10:00:00Z', { webDistDir: web.dir });
  done.push(r.close, async () => web.remove());
  await r.db.update(plans).set({ title: "Round plan <b>&</b> $' $&" }).where(eq(plans.id, r.plan.id));
  const sent = remindersReplySchema.parse((await r.as('POST', `${r.base}/periods/2026-11/reminders`)).json());
  const token = /\/update\/([A-Za-z0-9_-]{43})/.exec(sent.messages[0]!.body)![1]!;
  const page = (t = token) => r.app.inject({ method: 'GET', url: `/update/${t}` });
  return { ...r, page };
}

describe('the page an emailed link opens, answered by the server', () => {
  it('is the web app’s page while the link works, and once its month is closed says so in the page itself, without JavaScript', async () => {
    const r = await linkedRound();
    const working = await r.page();
    expect(working.statusCode).toBe(200);
    expect(working.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(working.headers['cache-control']).toBe('no-store');
    expect(working.body).toBe(BUILT_INDEX);

    expect((await r.as('POST', `${r.base}/periods/2026-11/close`)).statusCode).toBe(200);
    const closed = await r.page();
    expect(closed.statusCode).toBe(200);
    expect(closed.headers['cache-control']).toBe('no-store');
    expect(closed.body).toContain('<title>Updates for this month have closed – ragboard</title>');
    expect(closed.body).toContain('<link rel="stylesheet" crossorigin href="/assets/index-test.css">');
    const root = /<div id="root">(.*)<\/div>\s*<\/body>/s.exec(closed.body)![1]!;
    expect(root).toContain('<h1 class="govuk-heading-l">Updates for this month have closed</h1>');
    expect(root).toContain(
      // Escaped, and `$'` or `$&` stay text rather than pasting parts of the page in.
      'It was for your November 2026 update to Round plan &#60;b&#62;&#38;&#60;/b&#62; $&#39; $&#38;.',
    );
    expect(root).toContain('its updates can no longer be given or corrected');
    expect(root).toMatch(
      /If you need to give an update, contact Test manager at <a class="govuk-link" href="mailto:/,
    );
    expect(root).not.toContain('<form');
  });

  it('says a link it does not know does not work', async () => {
    const r = await linkedRound();
    const unknown = await r.page('A'.repeat(43));
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<h1 class="govuk-heading-l">This link does not work</h1>');
    expect(unknown.body).toContain('Contact your partnership manager for help.');
  });
});
