import { errorResponseSchema, outboxListSchema, roundRemindersSchema } from '@ragboard/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { roundApp } from '../../test/round';

let round: Awaited<ReturnType<typeof roundApp>> | undefined;
afterEach(async () => {
  await round?.close();
  round = undefined;
});

/** The round of test/round.ts (November 2026 open, deadline the 30th, five days' grace) at `at`. */
async function roundAt(at: string) {
  round = await roundApp(at);
  const { as, base } = round;
  return {
    ...round,
    outbox: async () =>
      outboxListSchema.parse((await as('GET', `${base}/outbox?period=2026-11`)).json()).messages,
    reminders: async () =>
      roundRemindersSchema.parse((await as('GET', `${base}/periods/2026-11/reminders`)).json()),
  };
}

describe('closing a month', () => {
  it('refuses its reminders from then on (409, nothing written) and cancels its scheduled ones, which never go', async () => {
    const r = await roundAt('2026-11-23T09:30:00Z');
    await r.app.reminderScheduler.tick();
    const before = await r.outbox();
    expect(before.map((m) => m.toAddress).sort()).toEqual(['dave@example.org', 'sally@example.org']);

    expect((await r.as('POST', `${r.base}/periods/2026-11/close`)).statusCode).toBe(200);
    const refused = await r.as('POST', `${r.base}/periods/2026-11/reminders`);
    expect(refused.statusCode).toBe(409);
    expect(errorResponseSchema.parse(refused.json()).error).toEqual({
      code: 'conflict',
      message: 'November 2026 is closed: reminders cannot be sent for it',
    });

    for (const at of ['2026-11-30T09:05:00Z', '2026-12-03T09:05:00Z']) {
      await r.setClock(at);
      await r.app.reminderScheduler.tick();
    }
    expect((await r.outbox()).map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect((await r.reminders()).points.map((p) => [p.offsetDays, p.state])).toEqual([
      [-7, 'sent'],
      [0, 'cancelled'],
      [3, 'cancelled'],
    ]);
  });
});
