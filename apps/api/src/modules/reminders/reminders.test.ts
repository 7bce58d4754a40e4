import type { AddressInfo } from 'node:net';
import { outboxListSchema, remindersReplySchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLeads, people } from '../../db/schema';
import { createActionWithLead, createPerson } from '../../test/factories';
import { requestsAs } from '../../test/requests';
import { signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');
const received: { to: string[]; raw: string }[] = [];
let refuse = false;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    callback(refuse ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    void address;
  },
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    stream.on('end', () => {
      // The body arrives quoted-printable: undo the soft line breaks and escapes to read it.
      const text = raw
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: text });
      callback();
    });
  },
});

async function planWithTwoLeads(ctx: Awaited<ReturnType<typeof createTestApp>>) {
  const t = await createActionWithLead(ctx.database.db);
  await ctx.database.db
    .update(people)
    .set({ email: 'sally@example.org', name: 'Sally Richardson' })
    .where(eq(people.id, t.leadPersonId));
  const noEmail = await createPerson(ctx.database.db, { name: 'Dave Carr' });
  await ctx.database.db
    .insert(actionLeads)
    .values({ actionId: t.action.id, personId: noEmail.id, position: 1 });
  return t;
}

describe('reminders for missing updates', () => {
  let smtpUrl: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)));

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
    expect(body.unreachable).toEqual([{ personId: expect.any(String), name: 'Dave Carr', actions: 1 }]);
    const mail = received.at(-1)!;
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
    refuse = true;
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
      error: expect.stringMatching(/Mailbox unavailable/),
    });
    refuse = false;
    await ctx.close();
  });

  it('without a mail server, loses nothing: the messages wait in the outbox as not sent', async () => {
    const ctx = await createTestApp({ now: () => today });
    const t = await planWithTwoLeads(ctx);
    const manager = await signInAs(ctx.app, 'manager');
    const send = requestsAs(ctx.app, manager);
    const before = received.length;
    const body = remindersReplySchema.parse(
      (await send('POST', `/api/plans/${t.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(body).toMatchObject({
      mailConfigured: false,
      messages: [{ state: 'not_sent', toName: 'Sally Richardson' }],
    });
    expect(received.length).toBe(before);
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
