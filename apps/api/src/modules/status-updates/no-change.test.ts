import {
  actionHistorySchema,
  actionSchema,
  errorResponseSchema,
  NO_CHANGE_STATEMENT,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../db/schema';
import { announcePlanChange } from '../../journal';
import { createActionWithLead } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');

describe('“No change since last month” (decision 053)', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  async function setup() {
    const made = await createActionWithLead(ctx.database.db);
    const lead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
    const url = `/api/actions/${made.action.id}`;
    const post = (body: object) => requestsAs(ctx.app, lead)('POST', `${url}/updates`, body);
    const read = async () => actionSchema.parse((await requestsAs(ctx.app, manager)('GET', url)).json());
    const history = async () =>
      actionHistorySchema.parse((await requestsAs(ctx.app, manager)('GET', `${url}/updates`)).json()).updates;
    return { ...made, post, read, history };
  }

  it('records last month’s status again with the statement as its note, marked as such', async () => {
    const t = await setup();
    await t.post({ period: '2026-10', status: 'Amber', note: 'Waiting on the schools forum' });
    const reply = await t.post({ period: '2026-11', status: 'Amber', noChange: true });
    expect(reply.statusCode).toBe(201);
    const [november, october] = await t.history();
    expect(november).toMatchObject({
      period: '2026-11',
      status: 'Amber',
      note: NO_CHANGE_STATEMENT,
      noChange: true,
    });
    expect(october).toMatchObject({ note: 'Waiting on the schools forum', noChange: false });
    expect((await t.read()).note).toBe(NO_CHANGE_STATEMENT);
    const audit = await auditOf(ctx.app, manager, t.action.id);
    expect(audit.map((e) => e.operation)).toContain('status-update');
  });

  it('ignores a note sent with it: the statement is the answer', async () => {
    const t = await setup();
    await t.post({ period: '2026-10', status: 'Green', note: 'On track' });
    await t.post({ period: '2026-11', status: 'Green', noChange: true, note: 'On track' });
    expect((await t.history())[0]).toMatchObject({ note: NO_CHANGE_STATEMENT, noChange: true });
  });

  it('keeps a Red’s new completion date while it is ahead', async () => {
    const t = await setup();
    await t.post({ period: '2026-10', status: 'Red', note: 'Slipped', revisedDue: '2027-02-28' });
    expect((await t.post({ period: '2026-11', status: 'Red', noChange: true })).statusCode).toBe(201);
    expect(await t.read()).toMatchObject({ status: 'Red', newDate: { date: '2027-02-28' } });
    expect((await t.history())[0]).toMatchObject({ revisedDue: '2027-02-28', noChange: true });
  });

  it('refuses it for a Red whose new date has passed: that needs a new date', async () => {
    const t = await setup();
    await t.post({ period: '2026-10', status: 'Red', note: 'Slipped', revisedDue: '2027-02-28' });
    // The date agreed in October is behind us by November (set directly: no update could give it now).
    await ctx.database.db
      .update(actions)
      .set({ revisedDue: '2026-11-20' })
      .where(eq(actions.id, t.action.id));
    await announcePlanChange(ctx.database.db, t.plan.id);
    const reply = await t.post({ period: '2026-11', status: 'Red', noChange: true });
    expect(reply.statusCode).toBe(400);
    expect(refusedFields(reply.json())).toEqual(['body.noChange']);
    expect(errorResponseSchema.parse(reply.json()).error.details).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/20 November 2026, has passed: choose Red/) }),
    ]);
  });

  it('refuses it with nothing earlier to repeat, for another status than the one in force, and for a month already answered', async () => {
    const t = await setup();
    const first = await t.post({ period: '2026-10', status: 'Grey', noChange: true });
    expect(refusedFields(first.json())).toEqual(['body.noChange']);
    await t.post({ period: '2026-10', status: 'Green', note: 'Started' });
    const other = await t.post({ period: '2026-11', status: 'Amber', noChange: true });
    expect(errorResponseSchema.parse(other.json()).error.details).toEqual([
      expect.objectContaining({
        path: 'body.noChange',
        message: 'No change means Green again, as it stands',
      }),
    ]);
    await t.post({ period: '2026-11', status: 'Green', note: 'Still going' });
    const again = await t.post({ period: '2026-11', status: 'Green', noChange: true });
    expect(refusedFields(again.json())).toEqual(['body.noChange']);
    expect((await t.history()).filter((h) => h.noChange)).toEqual([]);
  });
});
