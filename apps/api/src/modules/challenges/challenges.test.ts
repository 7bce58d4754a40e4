import {
  actionChallengesSchema,
  challengeListSchema,
  challengeSchema,
  staleVersionErrorSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priorities } from '../../db/schema';
import { countPlanChanges } from '../../test/announced';
import { createActionWithLead, createPerson } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const REASON = 'We do not agree this is Green: families tell us the waiting list has grown since the summer';

describe('the forum’s challenges of an action’s status', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let changesOf: (planId: string) => number;
  let manager: SignedIn;
  let forum: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    changesOf = countPlanChanges(ctx.database);
    manager = await signInAs(ctx.app, 'manager');
    forum = await signInAs(ctx.app, 'forum', { displayName: 'Sam Jones' });
  });
  afterAll(() => ctx.close());

  /** An action its lead has called Green this month, and that lead signed in. */
  async function greenAction() {
    const t = await createActionWithLead(ctx.database.db, '2027-03');
    const lead = await signInAs(ctx.app, 'lead', {
      personId: t.leadPersonId,
      displayName: 'Sapphire Murray',
    });
    const update = await requestsAs(ctx.app, lead)('POST', `/api/actions/${t.action.id}/updates`, {
      period: '2026-11',
      status: 'Green',
      note: 'Recruitment under way',
    });
    expect(update.statusCode).toBe(201);
    return { ...t, lead };
  }

  const raise = (actionId: string, body: object = { status: 'Green', reason: REASON }) =>
    requestsAs(ctx.app, forum)('POST', `/api/actions/${actionId}/challenges`, body);
  const revision = async (planId: string) => changesOf(planId);

  it('shows a challenge on the action, to its lead and to the manager, until the lead answers it', async () => {
    const { plan, action, lead } = await greenAction();
    const before = await revision(plan.id);
    const raised = await raise(action.id);
    expect(raised.statusCode).toBe(201);
    expect(raised.headers.etag).toBe('"1"');
    const challenge = challengeSchema.parse(raised.json());
    expect(challenge).toMatchObject({
      action: { id: action.id, ref: '1.1.1' },
      status: 'Green',
      statusPeriod: '2026-11',
      reason: REASON,
      raisedBy: 'Sam Jones',
      state: 'open',
      answer: null,
    });
    expect(await revision(plan.id)).toBeGreaterThan(before);

    const onAction = async (who: SignedIn) =>
      actionChallengesSchema.parse(
        (await requestsAs(ctx.app, who)('GET', `/api/actions/${action.id}/challenges`)).json(),
      );
    expect(await onAction(lead)).toMatchObject({ mayAnswer: true, mayChallenge: false });
    expect(await onAction(forum)).toMatchObject({ mayAnswer: false, mayChallenge: true });
    expect((await onAction(await signInAs(ctx.app, 'board'))).challenges.map((c) => c.id)).toEqual([
      challenge.id,
    ]);
    const mine = async (who: SignedIn) =>
      challengeListSchema.parse((await requestsAs(ctx.app, who)('GET', '/api/my/challenges')).json())
        .challenges;
    expect((await mine(lead)).map((c) => c.id)).toEqual([challenge.id]);
    expect(
      await mine(await signInAs(ctx.app, 'lead', { personId: (await createPerson(ctx.database.db)).id })),
    ).toEqual([]);
    const open = async () =>
      challengeListSchema.parse(
        (await requestsAs(ctx.app, manager)('GET', `/api/plans/${plan.id}/challenges?state=open`)).json(),
      ).challenges;
    expect((await open()).map((c) => c.id)).toEqual([challenge.id]);

    const answer =
      'The list has grown, but the new clinic opens in January and the action is on target for March.';
    const answered = await requestsAs(ctx.app, lead)(
      'POST',
      `/api/challenges/${challenge.id}/answer`,
      { answer },
      { 'if-match': '"1"' },
    );
    expect(answered.statusCode).toBe(200);
    expect(answered.headers.etag).toBe('"2"');
    const read = challengeSchema.parse(
      (await requestsAs(ctx.app, forum)('GET', `/api/challenges/${challenge.id}`)).json(),
    );
    expect(read).toMatchObject({ state: 'answered', answer: { text: answer, by: 'Sapphire Murray' } });
    expect(await open()).toEqual([]);
    expect(await mine(lead)).toEqual([]);

    const audit = await auditOf(ctx.app, manager, challenge.id);
    expect(audit.map((e) => [e.operation, e.actor?.displayName, e.planId])).toEqual([
      ['answer', 'Sapphire Murray', plan.id],
      ['raise', 'Sam Jones', plan.id],
    ]);
    expect(audit[0]!.after).toMatchObject({ state: 'answered', answer: { text: answer } });
  });

  it('refuses a challenge without a reason, of a status the action no longer has, or from anyone but the forum', async () => {
    const { action, lead } = await greenAction();
    const empty = await raise(action.id, { status: 'Green', reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(refusedFields(empty.json())).toEqual(['body.reason']);
    const stale = await raise(action.id, { status: 'Amber', reason: REASON });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ id: action.id, status: 'Green' });
    for (const who of [manager, lead, await signInAs(ctx.app, 'board')]) {
      const reply = await requestsAs(ctx.app, who)('POST', `/api/actions/${action.id}/challenges`, {
        status: 'Green',
        reason: REASON,
      });
      expect(reply.statusCode).toBe(403);
    }
    expect((await raise(UNKNOWN)).statusCode).toBe(404);
  });

  it('answers 409 to a stale If-Match or a second answer, 403 to a lead of other actions, and lets the delivery-group lead answer', async () => {
    const { action, priority, lead } = await greenAction();
    const first = challengeSchema.parse((await raise(action.id)).json());
    const stranger = await signInAs(ctx.app, 'lead', { personId: (await createPerson(ctx.database.db)).id });
    const answerAs = (who: SignedIn, id: string, headers: Record<string, string> = {}) =>
      requestsAs(ctx.app, who)(
        'POST',
        `/api/challenges/${id}/answer`,
        { answer: 'It is on target.' },
        headers,
      );
    expect((await answerAs(stranger, first.id)).statusCode).toBe(403);
    expect((await answerAs(forum, first.id)).statusCode).toBe(403);
    const stale = await answerAs(lead, first.id, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(409);
    expect(
      challengeSchema.parse(staleVersionErrorSchema.parse(stale.json()).error.details.current),
    ).toMatchObject({ id: first.id, state: 'open' });
    expect((await answerAs(lead, first.id, { 'if-match': '"1"' })).statusCode).toBe(200);
    const again = await answerAs(manager, first.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already been answered/);

    const head = await createPerson(ctx.database.db, { name: 'Head of Inclusion' });
    await ctx.database.db
      .update(priorities)
      .set({ deliveryGroupLeadId: head.id })
      .where(eq(priorities.id, priority.id));
    const second = challengeSchema.parse((await raise(action.id)).json());
    const groupLead = await signInAs(ctx.app, 'lead', { personId: head.id });
    expect((await answerAs(groupLead, second.id)).statusCode).toBe(200);
    const empty = await requestsAs(ctx.app, manager)('POST', `/api/challenges/${second.id}/answer`, {
      answer: '',
    });
    expect(empty.statusCode).toBe(400);
  });

  it('keeps an action with a challenge from being deleted: it is history, archive it instead', async () => {
    const { action } = await greenAction();
    await raise(action.id);
    const send = requestsAs(ctx.app, manager);
    const refused = await send('DELETE', `/api/actions/${action.id}`);
    expect(refused.statusCode).toBe(409);
    expect((await send('POST', `/api/actions/${action.id}/archive`)).statusCode).toBe(200);
    const archived = await raise(action.id);
    expect(archived.statusCode).toBe(409);
    expect(archived.json().error.message).toMatch(/archived/);
  });
});
