import {
  errorResponseSchema,
  leadReminderReplySchema,
  outboxListSchema,
  REMINDER_LINK_PLACEHOLDER,
  reminderPreviewSchema,
  roundRemindersSchema,
  UPDATE_REQUEST_HEADER,
  updateRequestRefusalSchema,
} from '@ragboard/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { auditOf, requestsAs } from '../../test/requests';
import { roundApp } from '../../test/round';
import { signInAs } from '../../test/sign-in';

let r: Awaited<ReturnType<typeof roundApp>> | undefined;
afterEach(async () => {
  await r?.close();
  r = undefined;
});

async function round() {
  r = await roundApp('2026-11-24T10:00:00Z');
  const lead = (personId: string) => `${r!.base}/periods/${r!.month}/leads/${personId}`;
  const link = (url: string | null) => ({
    get: () =>
      r!.app.inject({
        method: 'GET',
        url: '/api/update-request',
        headers: { [UPDATE_REQUEST_HEADER]: /\/update\/([A-Za-z0-9_-]{43})$/.exec(url ?? '')?.[1] ?? '' },
      }),
  });
  const overview = async () =>
    roundRemindersSchema.parse((await r!.as('GET', `${r!.base}/periods/${r!.month}/reminders`)).json());
  const outbox = async () =>
    outboxListSchema.parse((await r!.as('GET', `${r!.base}/outbox?period=${r!.month}`)).json());
  return { r, lead, link, overview, outbox };
}

describe('chasing one lead on the round', () => {
  it('reminds one lead with the very email previewed, its link made only when it is queued', async () => {
    const { r, lead, link, outbox } = await round();
    const previewed = await r.as('GET', `${lead(r.sally.id)}/reminder`);
    expect(previewed.statusCode).toBe(200);
    const preview = reminderPreviewSchema.parse(previewed.json());
    expect(preview).toMatchObject({ toName: 'Sally Richardson', toAddress: 'sally@example.org', cc: [] });
    expect(preview.body).toContain(REMINDER_LINK_PLACEHOLDER);
    expect(preview.body).toContain('1.1.1 Action 1.1.1');
    expect(preview.body).toContain('1.1.2 Action 1.1.2');
    // A preview writes nothing.
    expect((await outbox()).messages).toEqual([]);

    const sent = await r.as('POST', `${lead(r.sally.id)}/reminder`, { digest: preview.digest });
    expect(sent.statusCode).toBe(200);
    const { message, mailConfigured } = leadReminderReplySchema.parse(sent.json());
    expect(mailConfigured).toBe(false);
    expect(message).toMatchObject({
      toAddress: 'sally@example.org',
      state: 'not_sent',
      kind: 'update-reminder',
    });
    expect(message.subject).toBe(preview.subject);
    expect(message.link).toMatch(/\/update\/[A-Za-z0-9_-]{43}$/);
    expect(message.body).toBe(preview.body.replace(REMINDER_LINK_PLACEHOLDER, message.link!));

    const kept = await outbox();
    expect(kept.mailConfigured).toBe(false);
    expect(kept.messages.map((m) => [m.toName, m.body, m.link])).toEqual([
      ['Sally Richardson', message.body, message.link],
    ]);
    expect((await link(message.link).get()).statusCode).toBe(200);
    const audit = await auditOf(r.app, r.manager(), `${r.plan.id}:${r.month}`);
    expect(audit.map((e) => e.operation)).toContain('remind-lead');
  });

  it('refuses a reminder that no longer reads as previewed, with the new preview, and one with nothing missing', async () => {
    const { r, lead } = await round();
    const before = reminderPreviewSchema.parse((await r.as('GET', `${lead(r.dave.id)}/reminder`)).json());
    const manager = r.manager();
    // Dave gives his one update meanwhile, signed in: nothing is missing any more.
    const asDave = requestsAs(r.app, await signInAs(r.app, 'lead', { personId: r.dave.id }));
    const given = await asDave('POST', '/api/my/updates', {
      updates: [
        {
          actionId: r.actions[2].id,
          version: r.actions[2].version,
          period: r.month,
          status: 'Green',
          note: 'On track',
        },
      ],
    });
    expect(given.statusCode).toBe(201);
    const refused = await requestsAs(r.app, manager)('POST', `${lead(r.dave.id)}/reminder`, {
      digest: before.digest,
    });
    expect(refused.statusCode).toBe(409);
    expect(errorResponseSchema.parse(refused.json()).error.message).toBe(
      'This lead has no updates missing for November 2026',
    );

    // Sally's reminder changes once she gives one of her two: the old preview is refused, with the new.
    const sallyBefore = reminderPreviewSchema.parse(
      (await r.as('GET', `${lead(r.sally.id)}/reminder`)).json(),
    );
    const asSally = requestsAs(r.app, await signInAs(r.app, 'lead', { personId: r.sally.id }));
    expect(
      (
        await asSally('POST', '/api/my/updates', {
          updates: [
            {
              actionId: r.actions[0].id,
              version: r.actions[0].version,
              period: r.month,
              status: 'Green',
              note: 'Met',
            },
          ],
        })
      ).statusCode,
    ).toBe(201);
    const stale = await r.as('POST', `${lead(r.sally.id)}/reminder`, { digest: sallyBefore.digest });
    expect(stale.statusCode).toBe(409);
    const fresh = reminderPreviewSchema.parse(errorResponseSchema.parse(stale.json()).error.details);
    expect(fresh.body).not.toContain('1.1.1 Action 1.1.1');
    expect(fresh.body).toContain('1.1.2 Action 1.1.2');
    expect((await r.as('POST', `${lead(r.sally.id)}/reminder`, { digest: fresh.digest })).statusCode).toBe(
      200,
    );
  });

  it('sends a new link that replaces the old: the old refused as withdrawn, the new working', async () => {
    const { r, lead, link, outbox, overview } = await round();
    const preview = reminderPreviewSchema.parse((await r.as('GET', `${lead(r.sally.id)}/reminder`)).json());
    const first = leadReminderReplySchema.parse(
      (await r.as('POST', `${lead(r.sally.id)}/reminder`, { digest: preview.digest })).json(),
    );
    await r.setClock('2026-11-24T11:00:00Z');
    const replaced = await r.as('POST', `${lead(r.sally.id)}/new-link`);
    expect(replaced.statusCode).toBe(200);
    const second = leadReminderReplySchema.parse(replaced.json());
    expect(second.withdrawn).toBe(1);
    expect(second.message).toMatchObject({ kind: 'update-link', toAddress: 'sally@example.org' });
    expect(second.message.body).toContain('Any link sent to you before for November 2026 no longer works.');
    expect(second.message.body).toContain(second.message.link!);
    expect(second.message.link).not.toBe(first.message.link);

    const old = await link(first.message.link).get();
    expect(old.statusCode).toBe(401);
    expect(updateRequestRefusalSchema.parse(errorResponseSchema.parse(old.json()).error.details).reason).toBe(
      'revoked',
    );
    expect((await link(second.message.link).get()).statusCode).toBe(200);
    // The outbox offers only the working link to pass on.
    expect((await outbox()).messages.map((m) => [m.kind, m.link])).toEqual([
      ['update-link', second.message.link],
      ['update-reminder', null],
    ]);
    const sally = (await overview()).leads.find((l) => l.personId === r.sally.id)!;
    expect(sally.link?.state).toBe('active');
    const audit = await auditOf(r.app, r.manager(), `${r.plan.id}:${r.month}`);
    expect(audit.map((e) => e.operation)).toContain('replace-update-request');

    // A withdrawn link is reported as such, so the round offers a new one rather than withdrawing it again.
    await r.as('POST', `${r.base}/periods/${r.month}/update-requests/revoke`, { personId: r.sally.id });
    const after = (await overview()).leads.find((l) => l.personId === r.sally.id)!;
    expect(after.link?.state).toBe('revoked');
    expect((await r.as('POST', `${lead(r.sally.id)}/new-link`)).statusCode).toBe(200);
  });

  it('reports when each lead was last reminded, whether their link was opened, and what they have given', async () => {
    const { r, lead, link, overview } = await round();
    const before = await overview();
    expect(before.takesUpdates).toBe(true);
    expect(before.leads.map((l) => [l.name, l.due, l.missing, l.lastRemindedAt, l.link])).toEqual([
      ['Sally Richardson', 2, 2, null, null],
      ['Dave Carr', 1, 1, null, null],
    ]);
    const preview = reminderPreviewSchema.parse((await r.as('GET', `${lead(r.sally.id)}/reminder`)).json());
    const { message } = leadReminderReplySchema.parse(
      (await r.as('POST', `${lead(r.sally.id)}/reminder`, { digest: preview.digest })).json(),
    );
    const sent = (await overview()).leads.find((l) => l.personId === r.sally.id)!;
    expect(sent.lastRemindedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(sent.link).toEqual({
      state: 'active',
      createdAt: '2026-11-24T10:00:00.000Z',
      firstOpenedAt: null,
      lastOpenedAt: null,
    });

    // The page the email opens marks the link opened: the first time is kept, the last moves on.
    const token = message.link!.split('/update/')[1];
    for (const day of ['2026-11-25T08:00:00Z', '2026-11-26T08:00:00Z']) {
      await r.setClock(day);
      expect((await r.app.inject({ method: 'GET', url: `/update/${token}` })).statusCode).toBe(200);
    }
    // The API's read of the sheet writes nothing.
    await r.setClock('2026-11-27T08:00:00Z');
    expect((await link(message.link).get()).statusCode).toBe(200);
    const given = await r.app.inject({
      method: 'POST',
      url: '/api/update-request/updates',
      headers: { [UPDATE_REQUEST_HEADER]: token! },
      payload: {
        updates: [
          {
            actionId: r.actions[0].id,
            version: r.actions[0].version,
            period: r.month,
            status: 'Green',
            note: 'Met',
          },
        ],
      },
    });
    expect(given.statusCode).toBe(201);
    const opened = (await overview()).leads.find((l) => l.personId === r.sally.id)!;
    expect(opened).toMatchObject({ due: 2, missing: 1, lastRemindedAt: '2026-11-24T10:00:00.000Z' });
    expect(opened.link).toMatchObject({
      firstOpenedAt: '2026-11-25T08:00:00.000Z',
      lastOpenedAt: '2026-11-26T08:00:00.000Z',
    });
  });

  it('lets only the manager read the outbox, preview, remind or send a link', async () => {
    const { r, lead } = await round();
    const preview = reminderPreviewSchema.parse((await r.as('GET', `${lead(r.sally.id)}/reminder`)).json());
    const { message } = leadReminderReplySchema.parse(
      (await r.as('POST', `${lead(r.sally.id)}/reminder`, { digest: preview.digest })).json(),
    );
    for (const role of ['lead', 'board', 'forum'] as const) {
      const as = requestsAs(
        r.app,
        await signInAs(r.app, role, role === 'lead' ? { personId: r.sally.id } : {}),
      );
      const replies = [
        await as('GET', `${r.base}/outbox?period=${r.month}`),
        await as('GET', `${r.base}/outbox`),
        await as('GET', `${r.base}/periods/${r.month}/reminders`),
        await as('GET', `${lead(r.sally.id)}/reminder`),
        await as('POST', `${lead(r.sally.id)}/reminder`, { digest: preview.digest }),
        await as('POST', `${lead(r.sally.id)}/new-link`),
      ];
      expect(replies.map((reply) => reply.statusCode)).toEqual([403, 403, 403, 403, 403, 403]);
      for (const reply of replies) expect(reply.body).not.toContain(message.link!.split('/update/')[1]);
    }
    const anonymous = await r.app.inject({ method: 'GET', url: `${r.base}/outbox` });
    expect(anonymous.statusCode).toBe(401);
  });
});
