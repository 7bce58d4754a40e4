import { outboxListSchema, remindersReplySchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLeads, people } from '../../db/schema';
import { createActionWithLead, createPerson } from '../../test/factories';
import { requestsAs } from '../../test/requests';
import { createUser, signInAs } from '../../test/sign-in';
import { startSmtpCapture } from '../../test/smtp';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

/**
 * A plan without reporting periods, so no personal link can be given: Sally has an account (and is
 * sent a sign-in link), Dave has no email address.
 */
async function planWithTwoLeads(ctx: Awaited<ReturnType<typeof createTestApp>>) {
  const t = await createActionWithLead(ctx.database.db);
  await ctx.database.db
    .update(people)
    .set({ email: 'sally@example.org', name: 'Sally Richardson' })
    .where(eq(people.id, t.leadPersonId));
  await createUser(ctx.database.db, 'lead', { personId: t.leadPersonId });
  const noEmail = await createPerson(ctx.database.db, { name: 'Dave Carr' });
  await ctx.database.db
    .insert(actionLeads)
    .values({ actionId: t.action.id, personId: noEmail.id, position: 1 });
  return t;
}

describe('reminders for missing updates', () => {
  let smtpUrl: string;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    smtpUrl = smtp.url;
  });
  afterAll(() => smtp.close());

  it('emails each lead with missing updates through a real SMTP server, lists leads with no address', async () => {
    const ctx = await createTestApp({
      now: () => today,
      mail: { smtpUrl, from: 'ragboard <ragboard@example.org>', publicUrl: 'https://ragboard.example.org' },
    });
    const t = await planWithTwoLeads(ctx);
    const manager = await signInAs(ctx.app, 'manager');
    const send = requestsAs(ctx.app, manager);
    const reply = await send('POST', `/api/plans/${t.plan.id}/periods/2026-11/reminders`);
    expect(reply.statusCode).toBe(200);
    const body = remindersReplySchema.parse(reply.json());
    expect(body.mailConfigured).toBe(true);
    expect(body.messages.map((m) => [m.toAddress, m.state])).toEqual([['sally@example.org', 'sent']]);
    expect(body.unreachable).toEqual([
      { personId: expect.any(String), name: 'Dave Carr', actions: 1, reason: 'no-email' },
    ]);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['sally@example.org']);
    expect(mail.raw).toContain('Subject: ragboard: your November 2026 update is due');
    expect(mail.raw).toContain(`https://ragboard.example.org/my-actions/${t.action.id}/update`);
    expect(mail.raw).toContain('1.1.1 Action 1.1.1');
    const outbox = outboxListSchema.parse(
      (await send('GET', `/api/plans/${t.plan.id}/outbox?period=2026-11`)).json(),
    );
    expect(outbox.messages.map((m) => m.state)).toEqual(['sent']);
    await ctx.close();
  });

  it('keeps a refused message as failed, with the server’s reason', async () => {
    smtp.refuse.push(550);
    const ctx = await createTestApp({
      now: () => today,
      mail: { smtpUrl, from: 'ragboard@example.org', publicUrl: '' },
    });
    const t = await planWithTwoLeads(ctx);
    const manager = await signInAs(ctx.app, 'manager');
    const body = remindersReplySchema.parse(
      (
        await requestsAs(ctx.app, manager)('POST', `/api/plans/${t.plan.id}/periods/2026-11/reminders`)
      ).json(),
    );
    expect(body.messages[0]).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/550/),
    });
    await ctx.close();
  });

  it('without a mail server, loses nothing: the messages wait in the outbox as not sent', async () => {
    const ctx = await createTestApp({ now: () => today });
    const t = await planWithTwoLeads(ctx);
    const manager = await signInAs(ctx.app, 'manager');
    const send = requestsAs(ctx.app, manager);
    const before = smtp.received.length;
    const body = remindersReplySchema.parse(
      (await send('POST', `/api/plans/${t.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(body).toMatchObject({
      mailConfigured: false,
      messages: [{ state: 'not_sent', toName: 'Sally Richardson' }],
    });
    expect(smtp.received.length).toBe(before);
    expect(
      outboxListSchema.parse((await send('GET', `/api/plans/${t.plan.id}/outbox`)).json()).messages,
    ).toHaveLength(1);
    const lead = await signInAs(ctx.app, 'lead');
    expect(
      (await requestsAs(ctx.app, lead)('POST', `/api/plans/${t.plan.id}/periods/2026-11/reminders`))
        .statusCode,
    ).toBe(403);
    await ctx.close();
  });
});
