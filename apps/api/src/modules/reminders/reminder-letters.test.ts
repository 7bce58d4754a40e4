import {
  type OutboxMessage,
  outboxListSchema,
  remindersReplySchema,
  roundRemindersSchema,
} from '@ragboard/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { actionLeads } from '../../db/schema';
import { roundApp } from '../../test/round';
import { createUser } from '../../test/sign-in';

const PUBLIC_URL = 'https://ragboard.example.org';
const PERSONAL_LINK = /\/update\/([A-Za-z0-9_-]{43})/;
const SIGN_IN_PAGE = `${PUBLIC_URL}/my-actions/`;

let round: Awaited<ReturnType<typeof roundApp>> | undefined;
afterEach(async () => {
  await round?.close();
  round = undefined;
});

/**
 * The round of test/round.ts at `at`, and who has an account: Sally had one, now deactivated;
 * Dave has one; Gina, the delivery group's lead, has none and co-leads 1.1.3 with Dave.
 */
async function roundAt(at: string) {
  round = await roundApp(at, {
    mail: { smtpUrl: null, from: 'ragboard <ragboard@example.org>', publicUrl: PUBLIC_URL },
  });
  const { db, sally, dave, gina, actions, as, base } = round;
  await createUser(db, 'lead', { personId: sally.id, active: false });
  await createUser(db, 'lead', { personId: dave.id });
  await db.insert(actionLeads).values({ actionId: actions[2].id, personId: gina.id, position: 2 });
  const outbox = async () => outboxListSchema.parse((await as('GET', `${base}/outbox`)).json()).messages;
  return { ...round, outbox };
}

const letterTo = (messages: OutboxMessage[], address: string) => {
  const letter = messages.find((m) => m.toAddress === address);
  expect(letter, `a letter to ${address}`).toBeDefined();
  return letter!;
};
const linkIn = (letter: OutboxMessage) => PERSONAL_LINK.exec(letter.body)?.[1] ?? null;

describe('reminder letters: a lead with no account is only ever sent their personal link', () => {
  it('sends a lead with no account (or a deactivated one) their personal link, never a page that needs signing in', async () => {
    const r = await roundAt('2026-11-24T10:00:00Z');
    const sent = await r.as('POST', `/api/plans/${r.plan.id}/periods/2026-11/reminders`);
    expect(sent.statusCode).toBe(200);
    const { messages, unreachable } = remindersReplySchema.parse(sent.json());
    expect(unreachable).toEqual([]);
    for (const address of ['sally@example.org', 'gina@example.org']) {
      const letter = letterTo(messages, address);
      expect(linkIn(letter), address).not.toBeNull();
      expect(letter.body).toContain('without signing in');
      expect(letter.body).not.toContain(SIGN_IN_PAGE);
    }
    expect(linkIn(letterTo(messages, 'sally@example.org'))).not.toBe(
      linkIn(letterTo(messages, 'gina@example.org')),
    );
  });

  it('copies the group lead into the reminder after the deadline, which still carries the lead’s own link; the group lead’s own reminder carries theirs', async () => {
    const r = await roundAt('2026-12-03T09:05:00Z');
    await r.app.reminderScheduler.tick();
    const messages = await r.outbox();
    const sally = letterTo(messages, 'sally@example.org');
    expect(sally.kind).toBe('update-reminder-escalated');
    expect(sally.cc).toEqual([{ name: 'Gina Lowe', address: 'gina@example.org' }]);
    expect(sally.body).toContain('Copied to Gina Lowe, who leads the delivery group.');
    expect(sally.body).not.toContain(SIGN_IN_PAGE);
    const gina = letterTo(messages, 'gina@example.org');
    expect(gina.cc).toEqual([]);
    expect(gina.body).not.toContain(SIGN_IN_PAGE);
    expect(linkIn(sally)).not.toBeNull();
    expect(linkIn(gina)).not.toBeNull();
    expect(linkIn(gina)).not.toBe(linkIn(sally));
  });

  it('once the month gives no more links, leaves out a lead with no account (saying so) and sends one with an account to sign in', async () => {
    const r = await roundAt('2026-12-06T10:00:00Z');
    for (const month of ['2026-11', '2026-12']) {
      const sent = await r.as('POST', `/api/plans/${r.plan.id}/periods/${month}/reminders`);
      expect(sent.statusCode, month).toBe(200);
      const { messages, unreachable } = remindersReplySchema.parse(sent.json());
      expect(
        unreachable.map((u) => [u.name, u.reason, u.actions]).sort(),
        `${month}: past its last day for updates, or never opened`,
      ).toEqual([
        ['Gina Lowe', 'no-link', 1],
        ['Sally Richardson', 'no-link', 2],
      ]);
      expect(messages.map((m) => m.toAddress)).toEqual(['dave@example.org']);
      expect(messages[0]!.body).toContain(`${SIGN_IN_PAGE}${r.actions[2].id}/update`);
      expect(linkIn(messages[0]!)).toBeNull();
    }
  });

  it('sends no scheduled reminder that comes round, after a time down, once the month gives no more links', async () => {
    const r = await roundAt('2026-12-06T10:00:00Z');
    await r.app.reminderScheduler.tick();
    expect(await r.outbox()).toEqual([]);
    const overview = roundRemindersSchema.parse(
      (await r.as('GET', `/api/plans/${r.plan.id}/periods/2026-11/reminders`)).json(),
    );
    expect(overview.points.map((p) => [p.offsetDays, p.state])).toEqual([
      [-7, 'skipped'],
      [0, 'skipped'],
      [3, 'skipped'],
    ]);
  });
});
