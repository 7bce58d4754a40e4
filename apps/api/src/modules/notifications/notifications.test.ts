import {
  NOTIFICATION_KINDS,
  notificationChoiceVersion,
  notificationPreferencesSchema,
  UPDATE_REQUEST_HEADER,
} from '@ragboard/shared';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { actions, outboxMessages } from '../../db/schema';
import { builtWebApp } from '../../test/built-web-app';
import { requestsAs } from '../../test/requests';
import { roundApp } from '../../test/round';
import { type SignedIn, signIn, signInAs } from '../../test/sign-in';

const PUBLIC_URL = 'https://ragboard.example.org';
const mail = { smtpUrl: null, from: 'ragboard <ragboard@example.org>', publicUrl: PUBLIC_URL };

let round: Awaited<ReturnType<typeof roundApp>>;
afterEach(() => round.close());

/** The round (Sally leads 1.1.1 and 1.1.2 without an account, Dave 1.1.3, Gina the group) with the forum and Dave signed in. */
async function setUp(at: string, webDistDir?: string) {
  round = await roundApp(at, { mail, requestsPerMinute: false, webDistDir });
  const forum = await signInAs(round.app, 'forum', { displayName: 'Sam Jones', email: 'sam@example.org' });
  const dave = await signInAs(round.app, 'lead', { personId: round.dave.id, displayName: 'Dave Carr' });
  return { forum, dave };
}

async function statusOf(actionId: string) {
  const [row] = await round.db
    .select({ status: actions.status })
    .from(actions)
    .where(eq(actions.id, actionId));
  return row!.status;
}

/** A challenge by the forum, signed in afresh (a session does not last across the clock's moves). */
async function challenge(forum: SignedIn, actionId: string, reason: string) {
  const reply = await requestsAs(round.app, await signIn(round.app, forum.email))(
    'POST',
    `/api/actions/${actionId}/challenges`,
    {
      status: await statusOf(actionId),
      reason,
    },
  );
  expect(reply.statusCode).toBe(201);
  return reply.json() as { id: string };
}

/** The daily emails in the outbox, by address, oldest first. */
async function digests(address?: string) {
  return round.db
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.kind, 'notification-digest'),
        address ? eq(outboxMessages.toAddress, address) : undefined,
      ),
    )
    .orderBy(asc(outboxMessages.createdAt));
}

const preferencesLink = (body: string) => /\/notifications\/([A-Za-z0-9_-]{43})/.exec(body)![1]!;

describe('notifications through the outbox', () => {
  it('gathers a day’s events into one email per person, once a day, with each one’s links', async () => {
    const { forum, dave } = await setUp('2026-11-24T10:00:00Z');
    const [a1, a2, a3] = round.actions;
    const manager = await round.as('GET', '/api/auth/me');
    const managerEmail = (manager.json() as { user: { email: string } }).user.email;

    const first = await challenge(forum, a1.id, 'The waiting list has grown');
    await challenge(forum, a2.id, 'Families say the clinic is not open');
    const blue = await requestsAs(round.app, dave)('POST', `/api/actions/${a3.id}/updates`, {
      period: '2026-11',
      status: 'Blue',
      note: 'The pathway is published',
    });
    expect(blue.statusCode).toBe(201);

    // Before the hour nothing is written; at it, one email each.
    await round.app.reminderScheduler.tick();
    expect(await digests()).toEqual([]);
    await round.setClock('2026-11-24T16:30:00Z');
    await round.app.reminderScheduler.tick();

    const [toManager, ...moreToManager] = await digests(managerEmail);
    expect(moreToManager).toEqual([]);
    expect(toManager!.subject).toBe('ragboard: 3 things for you on 24 November 2026');
    expect(toManager!.body).toContain('Sam Jones challenged the Grey status of 1.1.1');
    expect(toManager!.body).toContain('"The waiting list has grown"');
    expect(toManager!.body).toContain('1.1.2');
    expect(toManager!.body).toContain(`1.1.3`);
    expect(toManager!.body).toContain('awaits sign-off');
    expect(toManager!.body).toContain(`${PUBLIC_URL}/actions/${a3.id}`);
    expect(toManager!.state).toBe('not_sent');

    // Sally has no account: her personal link, at the challenges, works.
    const [toSally, ...moreToSally] = await digests('sally@example.org');
    expect(moreToSally).toEqual([]);
    expect(toSally!.subject).toBe('ragboard: 2 things for you on 24 November 2026');
    const link = /\/update\/([A-Za-z0-9_-]{43})#challenges/.exec(toSally!.body);
    expect(link).not.toBeNull();
    expect(toSally!.body).not.toContain('/actions/');
    const sheet = await round.app.inject({
      method: 'GET',
      url: '/api/update-request',
      headers: { [UPDATE_REQUEST_HEADER]: link![1]! },
    });
    expect(sheet.statusCode).toBe(200);

    // Gina leads the group: she may sign the Blue off, so she hears of it; Dave gave it, so he does not.
    const [toGina] = await digests('gina@example.org');
    expect(toGina!.body).toContain('1.1.3');
    expect(toGina!.body).toContain('awaits sign-off');
    expect(await digests('dave@example.org')).toEqual([]);
    expect(await digests('sam@example.org')).toEqual([]);

    // A second run the same day writes nothing new; what happens since waits a day for whoever
    // was written to today (Dave, written nothing yet, gets his today).
    const written = (await digests()).map((m) => m.id);
    await round.app.reminderScheduler.tick();
    expect((await digests()).map((m) => m.id)).toEqual(written);
    await challenge(forum, a3.id, 'Is it really finished?');
    await round.app.reminderScheduler.tick();
    expect(await digests(managerEmail)).toHaveLength(1);
    const [lateToDave] = await digests('dave@example.org');
    expect(lateToDave!.body).toContain('"Is it really finished?"');

    // The next day: the challenge answered, the sign-off refused.
    await round.setClock('2026-11-25T11:00:00Z');
    const answered = await round.as('POST', `/api/challenges/${first.id}/answer`, {
      answer: 'The list is shorter than in the summer',
    });
    expect(answered.statusCode).toBe(200);
    const refused = await round.as('POST', `/api/actions/${a3.id}/sign-off/reject`, {
      reason: 'Attach the published pathway first',
    });
    expect(refused.statusCode).toBe(200);
    await round.setClock('2026-11-25T16:05:00Z');
    await round.app.reminderScheduler.tick();

    const [toSam] = await digests('sam@example.org');
    expect(toSam!.body).toContain('answered your challenge to 1.1.1');
    expect(toSam!.body).toContain('"The list is shorter than in the summer"');
    const [, toDave] = await digests('dave@example.org');
    expect(toDave!.subject).toBe('ragboard: one thing for you on 25 November 2026');
    expect(toDave!.body).toMatch(
      /The Blue for 1.1.3 .* was not signed off. The reason: "Attach the published pathway first"/,
    );
    // The manager hears of the late challenge, not of what they did themselves.
    const [, today] = await digests(managerEmail);
    expect(today!.subject).toBe('ragboard: one thing for you on 25 November 2026');
    expect(today!.body).toContain('"Is it really finished?"');
  });

  it('tells whoever may sign off of a Blue a lead gave through their emailed link, and not the lead', async () => {
    await setUp('2026-11-24T10:00:00Z');
    const sent = await round.as('POST', `${round.base}/periods/2026-11/reminders`);
    expect(sent.statusCode).toBe(200);
    const [reminder] = await round.db
      .select()
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.kind, 'update-reminder'), eq(outboxMessages.toAddress, 'sally@example.org')),
      );
    const token = /\/update\/([A-Za-z0-9_-]{43})/.exec(reminder!.body)![1]!;
    const [{ version }] = (await round.db
      .select({ version: actions.version })
      .from(actions)
      .where(eq(actions.id, round.actions[0].id))) as [{ version: number }];
    const given = await round.app.inject({
      method: 'POST',
      url: '/api/update-request/updates',
      headers: { [UPDATE_REQUEST_HEADER]: token },
      payload: {
        updates: [
          { actionId: round.actions[0].id, version, period: '2026-11', status: 'Blue', note: 'Published' },
        ],
      },
    });
    expect(given.statusCode).toBe(201);
    await round.setClock('2026-11-24T16:30:00Z');
    await round.app.reminderScheduler.tick();
    const [toGina] = await digests('gina@example.org');
    expect(toGina!.body).toMatch(/- 1\.1\.1 .* was given as Blue \(completed\) and awaits sign-off/);
    expect(await digests('sally@example.org')).toEqual([]);
  });

  it('leaves out a kind its person turned off, from the account page or the email’s link', async () => {
    const { forum } = await setUp('2026-11-24T10:00:00Z');
    const [a1, a2] = round.actions;
    const managerEmail = ((await round.as('GET', '/api/auth/me')).json() as { user: { email: string } }).user
      .email;
    const shown = notificationPreferencesSchema.parse(
      (await round.as('GET', '/api/account/notifications')).json(),
    );
    const choice = { enabled: ['challenge-answered', 'sign-off-awaited', 'sign-off-refused'] };
    const turnedOff = await round.as('PUT', '/api/account/notifications', {
      ...choice,
      version: shown.version,
    });
    expect(notificationPreferencesSchema.parse(turnedOff.json()).enabled).not.toContain('challenge-raised');
    expect((await round.as('GET', '/api/account/notifications')).json()).toEqual(turnedOff.json());
    // A second page still showing the first choice is refused, never overwriting unseen.
    const stale = await round.as('PUT', '/api/account/notifications', {
      enabled: [],
      version: shown.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'stale_version',
      details: { current: turnedOff.json() },
    });

    await challenge(forum, a1.id, 'The waiting list has grown');
    await round.setClock('2026-11-24T16:30:00Z');
    await round.app.reminderScheduler.tick();
    const [toSally] = await digests('sally@example.org');
    expect(toSally!.body).toContain('1.1.1');
    expect(await digests(managerEmail)).toEqual([]);

    // Sally turns challenges off from her email's link: the next day's challenge reaches nobody.
    const token = preferencesLink(toSally!.body);
    const saved = await round.app.inject({
      method: 'POST',
      url: `/notifications/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `kind=challenge-answered&kind=sign-off-refused&version=${notificationChoiceVersion(NOTIFICATION_KINDS)}`,
    });
    expect(saved.statusCode).toBe(303);
    await round.setClock('2026-11-25T10:00:00Z');
    await challenge(forum, a2.id, 'Families say the clinic is not open');
    await round.setClock('2026-11-25T16:30:00Z');
    await round.app.reminderScheduler.tick();
    expect(await digests('sally@example.org')).toHaveLength(1);
    expect(await digests(managerEmail)).toEqual([]);
  });

  it('opens a person’s choices by the email’s link, saves them, and refuses a link it does not know', async () => {
    const web = builtWebApp();
    const { forum } = await setUp('2026-11-24T16:30:00Z', web.dir);
    web.remove();
    await challenge(forum, round.actions[0].id, 'The waiting list has grown');
    await round.app.reminderScheduler.tick();
    const [toSally] = await digests('sally@example.org');
    const url = `/notifications/${preferencesLink(toSally!.body)}`;

    const page = await round.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<h1 class="govuk-heading-l">Email notifications</h1>');
    // The web app's stylesheet, none of its scripts: the page is the server's whole.
    expect(page.body).toContain('href="/assets/index-test.css"');
    expect(page.body).not.toContain('<script');
    expect(page.body.match(/type="checkbox"[^>]* checked/g)).toHaveLength(4);

    const everything = notificationChoiceVersion(NOTIFICATION_KINDS);
    expect(page.body).toContain(`<input type="hidden" name="version" value="${everything}">`);
    const saved = await round.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `kind=sign-off-refused&version=${everything}`,
    });
    expect([saved.statusCode, saved.headers.location]).toEqual([303, `${url}?saved=1`]);
    const after = await round.app.inject({ method: 'GET', url: `${url}?saved=1` });
    expect(after.body).toContain('Your email choices have been saved');
    expect(after.body.match(/type="checkbox"[^>]* checked/g)).toHaveLength(1);
    expect(after.body).toMatch(/value="sign-off-refused" aria-describedby="[^"]+" checked/);

    // A page still showing the first choice: refused with the choice as it stands, nothing changed.
    const stale = await round.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `version=${everything}`,
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toContain('<title>Error: Email notifications – ragboard</title>');
    expect(stale.body).toContain('Your choices were changed somewhere else while this page was open');
    expect(stale.body.match(/type="checkbox"[^>]* checked/g)).toHaveLength(1);

    // Nothing ticked: no email at all.
    await round.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `version=${notificationChoiceVersion(['sign-off-refused'])}`,
    });
    expect((await round.app.inject({ method: 'GET', url })).body).not.toMatch(/type="checkbox"[^>]* checked/);

    for (const bad of ['not-a-token', 'A'.repeat(43)]) {
      const refused = await round.app.inject({ method: 'GET', url: `/notifications/${bad}` });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toContain('This link does not work');
      const posted = await round.app.inject({
        method: 'POST',
        url: `/notifications/${bad}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'kind=sign-off-refused&version=0',
      });
      expect(posted.statusCode).toBe(404);
    }
  });
});
