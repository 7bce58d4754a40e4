import { challengeSchema, NO_CHANGE_STATEMENT, remindersReplySchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { actions, plans, statusUpdates } from '../../../db/schema';
import { announcePlanChange } from '../../../journal';
import { BUILT_INDEX, builtWebApp } from '../../../test/built-web-app';
import { multipart } from '../../../test/multipart';
import { requestsAs } from '../../../test/requests';
import { roundApp } from '../../../test/round';
import { signInAs } from '../../../test/sign-in';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let done: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of done) await step();
  done = [];
});

/** The round, with a built web app whose page is BUILT_INDEX, and Sally's link from the manager's reminders. */
async function linkedRound() {
  const web = builtWebApp();
  const r = await roundApp('2026-11-24T10:00:00Z', { webDistDir: web.dir });
  done.push(r.close, async () => web.remove());
  await r.db.update(plans).set({ title: "Round plan <b>&</b> $' $&" }).where(eq(plans.id, r.plan.id));
  const sent = remindersReplySchema.parse((await r.as('POST', `${r.base}/periods/2026-11/reminders`)).json());
  const tokenOf = (name: string) =>
    /\/update\/([A-Za-z0-9_-]{43})/.exec(sent.messages.find((m) => m.toName === name)!.body)![1]!;
  const token = tokenOf('Sally Richardson');
  const page = (t = token, query = '') => r.app.inject({ method: 'GET', url: `/update/${t}${query}` });
  const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    r.app.inject({
      method: 'POST',
      url: `/update/${token}${path}`,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
  return { ...r, token, tokenOf, page, postForm };
}

/** The page's main content, between its root and the end of the body. */
const rootOf = (body: string) => /<div id="root">(.*)<\/div>\s*<\/body>/s.exec(body)![1]!;
/** The error summary's links: where each goes and what it says. */
const summaryLinks = (body: string) =>
  [
    ...(/<div class="govuk-error-summary"(.*?)<\/ul>/s.exec(body)?.[1] ?? '').matchAll(
      /<a href="#([^"]+)">([^<]+)<\/a>/g,
    ),
  ].map((m) => [m[1], m[2]]);

describe('the page an emailed link opens, written by the server to work without JavaScript', () => {
  it('shows the whole month as forms, last month’s note beside its box and never in it, with the web app’s scripts to take over', async () => {
    const r = await linkedRound();
    const [a1, a2] = r.actions;
    const reply = await r.page();
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.body).toContain('<script type="module" crossorigin src="/assets/index-test.js"></script>');
    expect(reply.body).toContain('<title>Your November 2026 update – ragboard</title>');
    const root = rootOf(reply.body);
    expect(root).not.toMatch(/<script|style=/);
    expect(root).toContain('<h1 class="govuk-heading-l">Your November 2026 update</h1>');
    expect(root).toContain('Round plan &#60;b&#62;&#38;&#60;/b&#62; $&#39; $&#38;');
    expect(root).toContain(`<form method="post" action="/update/${r.token}" novalidate>`);
    for (const a of [a1, a2]) expect(root).toContain(`name="status-${a.id}"`);
    expect(root).toContain('October: the task and finish group met');
    expect(root).toMatch(new RegExp(`<textarea[^>]*id="note-${a1.id}"[^>]*></textarea>`));
    expect(root).toContain('<h2 class="govuk-heading-l" id="challenges">Challenges</h2>');
    expect(root).toContain('No challenges are waiting for your answer.');
    // Dave's action is not on Sally's page.
    expect(root).not.toContain(r.actions[2].id);
  });

  it('shows a Red without its date in the GOV.UK error summary with the lead’s words kept, then saves it once mended (post, redirect, get)', async () => {
    const r = await linkedRound();
    const [a1, a2] = r.actions;
    const fields = {
      [`status-${a1.id}`]: 'Red',
      [`note-${a1.id}`]: 'Venue fell through <again>',
      [`version-${a1.id}`]: '1',
      [`status-${a2.id}`]: 'Amber',
      [`note-${a2.id}`]: '',
      [`version-${a2.id}`]: '1',
    };
    const refused = await r.postForm('', fields);
    expect(refused.statusCode).toBe(200);
    expect(refused.body).toContain('<title>Error: Your November 2026 update – ragboard</title>');
    expect(summaryLinks(refused.body)).toEqual([
      [`revisedDue-${a1.id}-day`, '1.1.1: Red needs a new completion date'],
      [`note-${a2.id}`, '1.1.2: A progress note is required for Amber'],
    ]);
    const root = rootOf(refused.body);
    expect(root).toContain(`id="revisedDue-${a1.id}-day-error"`);
    expect(root).toContain('Venue fell through &#60;again&#62;</textarea>');
    expect(root).toMatch(
      new RegExp(`id="status-${a1.id}-Red" name="status-${a1.id}" type="radio" value="Red" checked`),
    );
    expect((await r.as('GET', `/api/actions/${a1.id}/updates`)).json().updates[0].period).toBe('2026-10');

    const partDate = await r.postForm('', { ...fields, [`revisedDue-${a1.id}-day`]: '31' });
    expect(summaryLinks(partDate.body)[0]).toEqual([
      `revisedDue-${a1.id}-day`,
      '1.1.1: The new completion date must include a day, month and year',
    ]);

    const saved = await r.postForm('', {
      ...fields,
      [`revisedDue-${a1.id}-day`]: '31',
      [`revisedDue-${a1.id}-month`]: '3',
      [`revisedDue-${a1.id}-year`]: '2027',
      [`note-${a2.id}`]: 'Waiting on the new contract',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/update/${r.token}?done=updates`);
    const after = await r.page(r.token, '?done=updates');
    expect(rootOf(after.body)).toContain(
      '<p class="govuk-notification-banner__heading">Your updates have been saved</p>',
    );
    const history = (await r.as('GET', `/api/actions/${a1.id}/updates`)).json().updates[0];
    expect(history).toMatchObject({
      period: '2026-11',
      status: 'Red',
      revisedDue: '2027-03-31',
      viaUpdateRequest: true,
    });
  });

  it('does not give again a month’s update sent back as it was given: saving nothing new says so', async () => {
    const r = await linkedRound();
    const [a1] = r.actions;
    const first = await r.postForm('', {
      [`status-${a1.id}`]: 'Green',
      [`note-${a1.id}`]: 'Workshops booked',
      [`version-${a1.id}`]: '1',
    });
    expect(first.statusCode).toBe(303);
    const page = rootOf((await r.page()).body);
    // Shown ticked, with its note, as given.
    expect(page).toMatch(new RegExp(`name="status-${a1.id}" type="radio" value="Green" checked`));
    const again = await r.postForm('', {
      [`status-${a1.id}`]: 'Green',
      [`note-${a1.id}`]: 'Workshops booked',
      [`version-${a1.id}`]: '2',
    });
    expect(again.statusCode).toBe(200);
    expect(summaryLinks(again.body)).toEqual([
      [`status-${a1.id}`, 'Select a status for at least one action, or change an update you have given'],
    ]);
    const history = (await r.as('GET', `/api/actions/${a1.id}/updates`)).json().updates;
    expect(history.filter((u: { period: string }) => u.period === '2026-11')).toHaveLength(1);
  });

  it('offers “No change since last month” where there is an earlier update, and records it as that statement', async () => {
    const r = await linkedRound();
    const [a1, a2] = r.actions;
    // October's Green is the status in force, as it would be had it been given through the app.
    const [october] = await r.db.select().from(statusUpdates).where(eq(statusUpdates.actionId, a1.id));
    await r.db
      .update(actions)
      .set({ status: 'Green', currentUpdateId: october!.id })
      .where(eq(actions.id, a1.id));
    await announcePlanChange(r.db, r.plan.id);
    const root = rootOf((await r.page()).body);
    expect(root).toContain(`id="noChange-${a1.id}"`);
    expect(root).toContain('No change since last month (stays Green)');
    // 1.1.2 has no earlier update to repeat.
    expect(root).not.toContain(`id="noChange-${a2.id}"`);

    const both = await r.postForm('', {
      [`noChange-${a1.id}`]: 'yes',
      [`status-${a1.id}`]: 'Amber',
      [`version-${a1.id}`]: '1',
    });
    expect(summaryLinks(both.body)).toEqual([
      [`noChange-${a1.id}`, '1.1.1: choose a status or “No change since last month”, not both'],
    ]);
    expect(rootOf(both.body)).toMatch(
      new RegExp(`id="noChange-${a1.id}" name="noChange-${a1.id}" type="checkbox" value="yes" checked`),
    );

    const saved = await r.postForm('', { [`noChange-${a1.id}`]: 'yes', [`version-${a1.id}`]: '1' });
    expect(summaryLinks(saved.body)).toEqual([]);
    expect(saved.statusCode).toBe(303);
    const latest = (await r.as('GET', `/api/actions/${a1.id}/updates`)).json().updates[0];
    expect(latest).toMatchObject({
      period: '2026-11',
      status: 'Green',
      note: NO_CHANGE_STATEMENT,
      noChange: true,
      viaUpdateRequest: true,
    });
  });

  it('attaches a file from a multipart form, and answers a challenge, each with its own form', async () => {
    const r = await linkedRound();
    const [a1] = r.actions;
    const forum = requestsAs(r.app, await signInAs(r.app, 'forum'));
    const challenge = challengeSchema.parse(
      (
        await forum('POST', `/api/actions/${a1.id}/challenges`, {
          status: 'Grey',
          reason: 'We see no sign of it',
        })
      ).json(),
    );
    const upload = (data: Buffer, name: string) => {
      const body = multipart(name, data);
      return r.app.inject({
        method: 'POST',
        url: `/update/${r.token}/actions/${a1.id}/files`,
        payload: body.payload,
        headers: { 'content-type': body.contentType },
      });
    };
    // Before this month's update there is nothing to attach a file to: the page says so instead of a file control.
    expect(rootOf((await r.page()).body)).toContain('Save this month’s update for 1.1.1 first');
    await r.postForm('', {
      [`status-${a1.id}`]: 'Green',
      [`note-${a1.id}`]: 'Met again',
      [`version-${a1.id}`]: '1',
    });

    const empty = await upload(Buffer.alloc(0), '');
    expect(empty.statusCode).toBe(200);
    expect(summaryLinks(empty.body)).toEqual([[`file-${a1.id}`, 'Select a file to attach']]);
    const wrong = await upload(Buffer.from('just words'), 'notes.txt');
    expect(summaryLinks(wrong.body)[0]![0]).toBe(`file-${a1.id}`);
    expect(summaryLinks(wrong.body)[0]![1]).toMatch(/^The file must be a PDF/);

    const attached = await upload(PDF, 'Minutes.pdf');
    expect(attached.statusCode).toBe(303);
    expect(attached.headers.location).toBe(`/update/${r.token}?done=file`);
    const withFile = rootOf((await r.page()).body);
    expect(withFile).toContain('Minutes.pdf (1 KB)');
    expect(withFile).toContain('>Action 1.1.1</h3>');
    expect(withFile).toContain('We see no sign of it');

    const noAnswer = await r.postForm(`/challenges/${challenge.id}/answer`, { answer: ' ', version: '1' });
    expect(summaryLinks(noAnswer.body)).toEqual([
      [`answer-${challenge.id}`, 'Enter your answer to the challenge'],
    ]);
    const answered = await r.postForm(`/challenges/${challenge.id}/answer`, {
      answer: 'It started on 3 November',
      version: String(challenge.version),
    });
    expect(answered.statusCode).toBe(303);
    expect(answered.headers.location).toBe(`/update/${r.token}?done=answer`);
    const now = challengeSchema.parse((await r.as('GET', `/api/challenges/${challenge.id}`)).json());
    expect(now.answer).toMatchObject({ text: 'It started on 3 November', by: 'Sally Richardson' });
    expect(rootOf((await r.page()).body)).toContain('No challenges are waiting for your answer.');
  });

  it('refuses a form sent from another site, and another lead’s challenge', async () => {
    const r = await linkedRound();
    const [, , a3] = r.actions;
    const forum = requestsAs(r.app, await signInAs(r.app, 'forum'));
    const onDaves = challengeSchema.parse(
      (
        await forum('POST', `/api/actions/${a3.id}/challenges`, { status: 'Grey', reason: 'Not started' })
      ).json(),
    );
    const crossSite = await r.postForm(
      `/challenges/${onDaves.id}/answer`,
      { answer: 'x', version: '1' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('forbidden');
    const otherOrigin = await r.postForm('', {}, { origin: 'https://evil.example' });
    expect(otherOrigin.statusCode).toBe(403);

    const notHers = await r.postForm(`/challenges/${onDaves.id}/answer`, {
      answer: 'Mine now',
      version: '1',
    });
    expect(notHers.statusCode).toBe(200);
    expect(summaryLinks(notHers.body)).toEqual([
      [`answer-${onDaves.id}`, 'Through this link you can answer only challenges on your own actions'],
    ]);
    expect(challengeSchema.parse((await r.as('GET', `/api/challenges/${onDaves.id}`)).json()).state).toBe(
      'open',
    );
  });

  it('once its month is closed says so in the page itself, with no form', async () => {
    const r = await linkedRound();
    expect((await r.as('POST', `${r.base}/periods/2026-11/close`)).statusCode).toBe(200);
    const closed = await r.page();
    expect(closed.statusCode).toBe(200);
    expect(closed.headers['cache-control']).toBe('no-store');
    expect(closed.body).toContain('<title>Updates for this month have closed – ragboard</title>');
    expect(closed.body).toContain('<link rel="stylesheet" crossorigin href="/assets/index-test.css">');
    const root = rootOf(closed.body);
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
    // A form posted to a closed month's link gets the same page, and changes nothing.
    const posted = await r.postForm('', { [`status-${r.actions[0].id}`]: 'Green' });
    expect(posted.statusCode).toBe(200);
    expect(rootOf(posted.body)).not.toContain('<form');
  });

  it('says a link it does not know does not work', async () => {
    const r = await linkedRound();
    const unknown = await r.page('A'.repeat(43));
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<h1 class="govuk-heading-l">This link does not work</h1>');
    expect(unknown.body).toContain('Contact your partnership manager for help.');
    expect(unknown.body).not.toBe(BUILT_INDEX);
  });
});
