import {
  actionHistorySchema,
  errorResponseSchema,
  statusUpdateBatchReplySchema,
  updateSheetSchema,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedFields, requestsAs } from '../../test/requests';
import { createRound } from '../../test/round';
import { signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('the whole month on one page, signed in', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let round: Awaited<ReturnType<typeof createRound>>;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    round = await createRound(ctx.database.db);
  });
  afterAll(() => ctx.close());

  const sheetOf = async (who: Awaited<ReturnType<typeof signInAs>>) =>
    updateSheetSchema.parse((await requestsAs(ctx.app, who)('GET', '/api/my/update-sheet')).json());

  it('lists each action the person has due, with last month’s status and note, and records them together', async () => {
    const sally = await signInAs(ctx.app, 'lead', { personId: round.sally.id });
    const sheet = await sheetOf(sally);
    expect(sheet.person.name).toBe('Sally Richardson');
    expect(sheet.sections).toHaveLength(1);
    const [section] = sheet.sections;
    expect(section!.period).toBe('2026-11');
    expect(section!.deadline).toBe('2026-11-30');
    expect(section!.items.map((i) => i.action.ref)).toEqual(['1.1.1', '1.1.2']);
    expect(section!.items[0]!.previous).toEqual({
      period: '2026-10',
      status: 'Green',
      note: 'October: the task and finish group met',
    });
    expect(section!.items.every((i) => i.given === null)).toBe(true);

    const [a1, a2] = section!.items.map((i) => i.action);
    const post = (updates: object[]) => requestsAs(ctx.app, sally)('POST', '/api/my/updates', { updates });
    // A Red with no new date is refused, by field, and the Green beside it is not saved either.
    const refused = await post([
      { actionId: a1!.id, version: a1!.version, period: '2026-11', status: 'Green', note: 'Booked' },
      { actionId: a2!.id, version: a2!.version, period: '2026-11', status: 'Red', note: 'Slipped' },
    ]);
    expect(refused.statusCode).toBe(400);
    expect(refusedFields(errorResponseSchema.parse(refused.json()))).toEqual(['body.updates.1.revisedDue']);
    expect((await sheetOf(sally)).sections[0]!.items.every((i) => i.given === null)).toBe(true);

    const saved = await post([
      { actionId: a1!.id, version: a1!.version, period: '2026-11', status: 'Green', note: 'Booked' },
      {
        actionId: a2!.id,
        version: a2!.version,
        period: '2026-11',
        status: 'Red',
        note: 'Slipped',
        revisedDue: '2027-03-31',
      },
    ]);
    expect(saved.statusCode).toBe(201);
    expect(statusUpdateBatchReplySchema.parse(saved.json()).results.map((r) => r.update.status)).toEqual([
      'Green',
      'Red',
    ]);
    const after = (await sheetOf(sally)).sections[0]!.items;
    expect(after.map((i) => [i.given?.status, i.given?.revisedDue ?? null])).toEqual([
      ['Green', null],
      ['Red', '2027-03-31'],
    ]);
    const history = actionHistorySchema.parse(
      (await requestsAs(ctx.app, sally)('GET', `/api/actions/${a2!.id}/updates`)).json(),
    );
    expect(history.updates[0]).toMatchObject({ status: 'Red', note: 'Slipped', viaUpdateRequest: false });
  });

  it('shows a delivery group’s lead every action of the group, and refuses a lead another’s action', async () => {
    const gina = await signInAs(ctx.app, 'lead', { personId: round.gina.id });
    expect((await sheetOf(gina)).sections[0]!.items.map((i) => i.action.ref)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.1.3',
    ]);

    const dave = await signInAs(ctx.app, 'lead', { personId: round.dave.id });
    const [own] = (await sheetOf(dave)).sections[0]!.items;
    expect(own!.action.ref).toBe('1.1.3');
    const sallys = round.actions[0];
    const reply = await requestsAs(ctx.app, dave)('POST', '/api/my/updates', {
      updates: [{ actionId: sallys.id, version: 1, period: '2026-11', status: 'Amber', note: 'Not mine' }],
    });
    expect(reply.statusCode).toBe(403);

    const viewer = await signInAs(ctx.app, 'board');
    expect((await requestsAs(ctx.app, viewer)('POST', '/api/my/updates', { updates: [] })).statusCode).toBe(
      403,
    );
    expect(await sheetOf(viewer)).toMatchObject({ sections: [] });
  });
});
