import { createHash } from 'node:crypto';
import {
  actionHistorySchema,
  errorResponseSchema,
  outboxListSchema,
  planListSchema,
  remindersReplySchema,
  roundRemindersSchema,
  statusUpdateBatchConflictSchema,
  statusUpdateBatchReplySchema,
  UPDATE_REQUEST_HEADER,
  updateRequestListSchema,
  updateRequestRefusalSchema,
  updateRequestSheetSchema,
  userSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildAppOptions } from '../../app';
import { DEMO_PASSWORD, seedDemo } from '../../db/demo/seed-demo';
import { reportingPeriods, statusUpdates, updateRequests } from '../../db/schema';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { createRound } from '../../test/round';
import { createUser, signIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');
let ctx: Awaited<ReturnType<typeof createTestApp>> | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

/** A round, its reminders sent by the manager, and each lead's token as read from the outbox. */
async function remindedRound(options: Partial<BuildAppOptions> = {}) {
  let clock = today;
  ctx = await createTestApp({ now: () => clock, ...options });
  const round = await createRound(ctx.database.db);
  const manager = await signInAs(ctx.app, 'manager', {
    displayName: 'Pat Manager',
    email: 'pat@example.org',
  });
  const asManager = requestsAs(ctx.app, manager);
  const sent = await asManager('POST', `/api/plans/${round.plan.id}/periods/${round.month}/reminders`);
  expect(sent.statusCode).toBe(200);
  const { messages } = remindersReplySchema.parse(sent.json());
  const tokenFor = (address: string) => {
    const body = messages.find((m) => m.toAddress === address)?.body ?? '';
    return /\/update\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? '';
  };
  const app = ctx.app;
  const link = (token: string) => ({
    get: () =>
      app.inject({ method: 'GET', url: '/api/update-request', headers: { [UPDATE_REQUEST_HEADER]: token } }),
    post: (updates: object[]) =>
      app.inject({
        method: 'POST',
        url: '/api/update-request/updates',
        headers: { [UPDATE_REQUEST_HEADER]: token },
        payload: { updates },
      }),
  });
  return {
    ...round,
    ctx,
    manager,
    asManager,
    messages,
    sally: { ...round.sally, token: tokenFor('sally@example.org') },
    dave: { ...round.dave, token: tokenFor('dave@example.org') },
    link,
    setClock: (at: Date) => {
      clock = at;
    },
  };
}

function refusal(reply: { statusCode: number; json(): unknown }) {
  expect(reply.statusCode).toBe(401);
  return updateRequestRefusalSchema.parse(errorResponseSchema.parse(reply.json()).error.details);
}

const green = (action: { id: string; version: number }, note = 'Workshops booked for January') => ({
  actionId: action.id,
  version: action.version,
  period: '2026-11',
  status: 'Green',
  note,
});

describe('update requests: a personal link for each lead and period', () => {
  it('emails each lead a long random link, kept only as its hash, that lists exactly their due actions', async () => {
    const r = await remindedRound();
    expect(r.messages.map((m) => m.toAddress).sort()).toEqual(['dave@example.org', 'sally@example.org']);
    expect(r.sally.token).toHaveLength(43);
    const rows = await r.ctx.database.db.select().from(updateRequests);
    expect(rows.map((row) => row.tokenHash)).toContain(
      createHash('sha256').update(r.sally.token).digest('hex'),
    );
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(r.sally.token);

    const reply = await r.link(r.sally.token).get();
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    const sheet = updateRequestSheetSchema.parse(reply.json());
    expect(sheet.person.name).toBe('Sally Richardson');
    expect(sheet.openUntil).toBe('2026-12-05');
    expect(sheet.contact).toEqual({ name: 'Pat Manager', email: 'pat@example.org' });
    const [section] = sheet.sections;
    expect(section!.period).toBe('2026-11');
    expect(section!.items.map((i) => i.action.ref)).toEqual(['1.1.1', '1.1.2']);
    expect(section!.items[0]!.previous).toEqual({
      period: '2026-10',
      status: 'Green',
      note: 'October: the task and finish group met',
    });
    expect(section!.items[0]!.given).toBeNull();
  });

  it('records all of the lead’s updates in one go, with their person record as author and the audit naming the request', async () => {
    const r = await remindedRound();
    const [a1, a2] = r.actions;
    const reply = await r
      .link(r.sally.token)
      .post([
        green(a1),
        { ...green(a2), status: 'Red', note: 'Provider withdrew', revisedDue: '2027-03-31' },
      ]);
    expect(reply.statusCode).toBe(201);
    const { results } = statusUpdateBatchReplySchema.parse(reply.json());
    expect(
      results.map((x) => [x.action.ref, x.action.status, x.update.author, x.update.viaUpdateRequest]),
    ).toEqual([
      ['1.1.1', 'Green', 'Sally Richardson', true],
      ['1.1.2', 'Red', 'Sally Richardson', true],
    ]);
    const [row] = await r.ctx.database.db
      .select()
      .from(statusUpdates)
      .where(eq(statusUpdates.id, results[0]!.update.id));
    expect(row).toMatchObject({ authorId: null, authorPersonId: r.sally.id, authorName: 'Sally Richardson' });
    expect(row!.updateRequestId).toEqual(expect.any(String));

    const [entry] = await auditOf(r.ctx.app, r.manager, a1.id);
    expect(entry).toMatchObject({
      operation: 'status-update',
      actor: null,
      actorPerson: { id: r.sally.id, name: 'Sally Richardson' },
      after: { via: 'update-request', updateRequestId: row!.updateRequestId },
    });
    const history = actionHistorySchema.parse(
      (await r.asManager('GET', `/api/actions/${a1.id}/updates`)).json(),
    );
    expect(history.updates[0]).toMatchObject({ author: 'Sally Richardson', viaUpdateRequest: true });

    // The same link again corrects an update: the first stays in the history, superseded.
    const again = await r
      .link(r.sally.token)
      .post([{ ...green(results[0]!.action, 'Workshops booked for February'), status: 'Amber' }]);
    expect(again.statusCode).toBe(201);
    const corrected = actionHistorySchema.parse(
      (await r.asManager('GET', `/api/actions/${a1.id}/updates`)).json(),
    );
    expect(
      corrected.updates.filter((u) => u.period === '2026-11').map((u) => [u.status, u.superseded]),
    ).toEqual([
      ['Amber', false],
      ['Green', true],
    ]);
    const sheet = updateRequestSheetSchema.parse((await r.link(r.sally.token).get()).json());
    expect(sheet.sections[0]!.items[0]!.given).toMatchObject({
      status: 'Amber',
      note: 'Workshops booked for February',
    });
  });

  it('applies the form’s rules to each action, names every refused field, and saves nothing', async () => {
    const r = await remindedRound();
    const [a1, a2] = r.actions;
    const reply = await r
      .link(r.sally.token)
      .post([green(a1), { ...green(a2), status: 'Red', note: 'Late' }]);
    expect(reply.statusCode).toBe(400);
    const body = errorResponseSchema.parse(reply.json());
    expect(body.error.details).toEqual([
      { path: 'body.updates.1.revisedDue', message: 'Red needs a new completion date' },
    ]);
    const blank = await r.link(r.sally.token).post([{ ...green(a1), note: '' }]);
    expect(refusedFields(blank.json())).toEqual(['body.updates.0.note']);
    expect(
      await r.ctx.database.db.select().from(statusUpdates).where(eq(statusUpdates.period, '2026-11')),
    ).toEqual([]);
  });

  it('grants nothing else: another lead’s action, another month, another route, or a session in its place', async () => {
    const r = await remindedRound();
    const [a1, , a3] = r.actions;
    const theirs = await r.link(r.sally.token).post([green(a3)]);
    expect(theirs.statusCode).toBe(403);
    expect(errorResponseSchema.parse(theirs.json()).error.code).toBe('forbidden');
    const otherMonth = await r.link(r.sally.token).post([{ ...green(a1), period: '2026-10' }]);
    expect(otherMonth.statusCode).toBe(403);
    const elsewhere = await r.ctx.app.inject({
      method: 'GET',
      url: '/api/my/actions',
      headers: { [UPDATE_REQUEST_HEADER]: r.sally.token },
    });
    expect(elsewhere.statusCode).toBe(401);
    const session = await r.ctx.app.inject({
      method: 'GET',
      url: '/api/update-request',
      headers: r.manager.headers,
    });
    expect(refusal(session).reason).toBe('not-recognised');
    expect(
      await r.ctx.database.db.select().from(statusUpdates).where(eq(statusUpdates.period, '2026-11')),
    ).toEqual([]);
  });

  it('refuses a stale version with 409 and the action as it stands, never a silent overwrite', async () => {
    const r = await remindedRound();
    const [a1] = r.actions;
    expect((await r.link(r.sally.token).post([green(a1)])).statusCode).toBe(201);
    const stale = await r
      .link(r.sally.token)
      .post([{ ...green(a1, 'Written from an old page'), status: 'Amber' }]);
    expect(stale.statusCode).toBe(409);
    const { conflicts } = statusUpdateBatchConflictSchema.parse(
      errorResponseSchema.parse(stale.json()).error.details,
    );
    expect(conflicts.map((c) => [c.actionId, c.action.status, c.action.version])).toEqual([
      [a1.id, 'Green', a1.version + 1],
    ]);
  });

  it('says why a link does not work: tampered, withdrawn, expired, or its month closed, and who to contact', async () => {
    const r = await remindedRound();
    const tampered = `${r.sally.token.slice(0, -1)}${r.sally.token.endsWith('A') ? 'B' : 'A'}`;
    expect(refusal(await r.link(tampered).get())).toEqual({
      reason: 'not-recognised',
      planTitle: null,
      period: null,
      contact: null,
    });
    expect(refusal(await r.link('not-a-token').get()).reason).toBe('not-recognised');

    r.setClock(new Date('2026-12-06T00:00:01Z'));
    const late = refusal(await r.link(r.dave.token).get());
    expect(late).toMatchObject({ reason: 'expired', planTitle: 'Round plan', period: '2026-11' });
    expect(late.contact).toEqual({ name: 'Pat Manager', email: 'pat@example.org' });
    r.setClock(today);

    const revoked = await r.asManager(
      'POST',
      `/api/plans/${r.plan.id}/periods/2026-11/update-requests/revoke`,
      {
        personId: r.sally.id,
      },
    );
    expect(revoked.json()).toEqual({ revoked: 1 });
    expect(refusal(await r.link(r.sally.token).get()).reason).toBe('revoked');
    expect(refusal(await r.link(r.sally.token).post([green(r.actions[0])])).reason).toBe('revoked');
    expect((await r.link(r.dave.token).get()).statusCode).toBe(200);

    await r.ctx.database.db
      .update(reportingPeriods)
      .set({ state: 'closed', closedAt: today })
      .where(eq(reportingPeriods.planId, r.plan.id));
    expect(refusal(await r.link(r.dave.token).get()).reason).toBe('period-closed');
    const [audit] = await auditOf(r.ctx.app, r.manager, `${r.plan.id}:2026-11`);
    expect(audit).toMatchObject({ operation: 'revoke-update-requests' });
  });

  it('withdraws a lead’s links when their account is deactivated, audited, and leaves everyone else’s', async () => {
    const r = await remindedRound();
    const account = await createUser(r.ctx.database.db, 'lead', { personId: r.sally.id });
    expect((await r.link(r.sally.token).get()).statusCode).toBe(200);

    const deactivated = await r.asManager('PATCH', `/api/users/${account.id}`, { active: false });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect(refusal(await r.link(r.sally.token).get()).reason).toBe('revoked');
    expect(refusal(await r.link(r.sally.token).post([green(r.actions[0])])).reason).toBe('revoked');
    expect((await r.link(r.dave.token).get()).statusCode).toBe(200);
    const entries = await auditOf(r.ctx.app, r.manager, `${r.plan.id}:2026-11`);
    const withdrawal = entries.find((e) => e.operation === 'revoke-update-requests');
    expect(withdrawal?.actor?.displayName).toBe('Pat Manager');
    expect(withdrawal?.after).toEqual({
      personId: r.sally.id,
      revoked: [expect.any(String)],
      why: 'account-deactivated',
    });

    // Active again, the account does not bring the withdrawn link back.
    const version = userSchema.parse(deactivated.json()).version;
    const active = await r.asManager(
      'PATCH',
      `/api/users/${account.id}`,
      { active: true },
      { 'if-match': `"${version}"` },
    );
    expect(active.statusCode, active.body).toBe(200);
    expect(refusal(await r.link(r.sally.token).get()).reason).toBe('revoked');
  });

  it('withdraws every link of a period at once, and shows the manager each person’s requests', async () => {
    const r = await remindedRound();
    expect((await r.link(r.sally.token).post([green(r.actions[0])])).statusCode).toBe(201);
    const listed = updateRequestListSchema.parse(
      (await r.asManager('GET', `/api/people/${r.sally.id}/update-requests`)).json(),
    );
    expect(listed.requests).toEqual([
      expect.objectContaining({
        period: '2026-11',
        state: 'active',
        updates: 1,
        emailState: 'not_sent',
        revokedAt: null,
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(r.sally.token);
    const all = await r.asManager(
      'POST',
      `/api/plans/${r.plan.id}/periods/2026-11/update-requests/revoke`,
      {},
    );
    expect(all.json()).toEqual({ revoked: 2 });
    expect(refusal(await r.link(r.dave.token).get()).reason).toBe('revoked');
    const after = updateRequestListSchema.parse(
      (await r.asManager('GET', `/api/people/${r.sally.id}/update-requests`)).json(),
    );
    expect(after.requests[0]!.state).toBe('revoked');
  });

  it('limits requests per link and per address, with Retry-After', async () => {
    const r = await remindedRound({ updateRequestLimits: { perAddress: 6, perLink: 3 } });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await r.link(r.sally.token).get()).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await r.link(r.sally.token).get();
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorResponseSchema.parse(limited.json()).error.code).toBe('rate_limited');
    // Guessing from one address runs out too, whatever the guesses.
    const guesses = [];
    for (let i = 0; i < 2; i++) guesses.push((await r.link(`guess-${i}`).get()).statusCode);
    expect(guesses).toEqual([401, 429]);
  });

  it('keeps the link in the outbox only until the email is sent', async () => {
    const r = await remindedRound();
    const outbox = outboxListSchema.parse(
      (await r.asManager('GET', `/api/plans/${r.plan.id}/outbox`)).json(),
    );
    expect(outbox.messages.every((m) => /\/update\/[A-Za-z0-9_-]{43}/.test(m.body))).toBe(true);
    expect(outbox.messages[0]!.body).toContain('without signing in');
  });
});

describe('update requests on the demo', () => {
  it('reminds every lead with an update missing this month, each with their own link', async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    await seedDemo(ctx.database.db, today);
    const manager = await signIn(ctx.app, 'manager@example.org', DEMO_PASSWORD);
    const as = requestsAs(ctx.app, manager);
    // The live plan: the demo's 2023-24 plan is closed.
    const plan = planListSchema
      .parse((await as('GET', '/api/plans')).json())
      .plans.find((p) => p.state === 'active');
    const round = roundRemindersSchema.parse(
      (await as('GET', `/api/plans/${plan!.id}/periods/2026-11/reminders`)).json(),
    );
    const missing = round.leads.filter((l) => l.missing > 0);
    expect(missing.length).toBeGreaterThan(4);
    expect(missing.every((l) => l.email)).toBe(true);

    const sent = remindersReplySchema.parse(
      (await as('POST', `/api/plans/${plan!.id}/periods/2026-11/reminders`)).json(),
    );
    expect(sent.unreachable).toEqual([]);
    expect(sent.messages.map((m) => m.toName).sort()).toEqual(missing.map((l) => l.name).sort());
    const tokens = sent.messages.map((m) => /\/update\/([A-Za-z0-9_-]{43})/.exec(m.body)?.[1]);
    expect(new Set(tokens).size).toBe(missing.length);

    // Each link lists exactly the actions its lead still had to update, and more if some were given.
    const lead = missing[0]!;
    const token = tokens[sent.messages.findIndex((m) => m.toName === lead.name)]!;
    const sheet = updateRequestSheetSchema.parse(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/update-request',
          headers: { [UPDATE_REQUEST_HEADER]: token },
        })
      ).json(),
    );
    expect(sheet.person.name).toBe(lead.name);
    expect(sheet.sections[0]!.items).toHaveLength(lead.due);
    expect(sheet.sections[0]!.items.filter((i) => !i.given)).toHaveLength(lead.missing);
  });
});
