import { commentListSchema, commentSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionWithLead } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('comments on an action', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let forum: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    forum = await signInAs(ctx.app, 'forum', { displayName: 'Sam Jones' });
  });
  afterAll(() => ctx.close());

  const list = async (who: SignedIn, actionId: string) =>
    commentListSchema.parse(
      (await requestsAs(ctx.app, who)('GET', `/api/actions/${actionId}/comments`)).json(),
    );

  it('lets the forum and the action’s lead talk beside its status, oldest first, each comment audited', async () => {
    const { plan, action, leadPersonId } = await createActionWithLead(ctx.database.db);
    const lead = await signInAs(ctx.app, 'lead', { personId: leadPersonId, displayName: 'Sapphire Murray' });
    const say = (who: SignedIn, text: string) =>
      requestsAs(ctx.app, who)('POST', `/api/actions/${action.id}/comments`, { text });
    const asked = await say(forum, 'Parents in Burnley have not heard of the new service yet.');
    expect(asked.statusCode).toBe(201);
    const question = commentSchema.parse(asked.json());
    expect(question).toMatchObject({ author: 'Sam Jones', authorRole: 'forum', actionId: action.id });
    expect((await say(lead, 'Thank you: the leaflet goes to Burnley schools next week.')).statusCode).toBe(
      201,
    );

    const board = await signInAs(ctx.app, 'board');
    const read = await list(board, action.id);
    expect(read.mayComment).toBe(false);
    expect(read.comments.map((c) => [c.authorRole, c.text.slice(0, 20)])).toEqual([
      ['forum', 'Parents in Burnley h'],
      ['lead', 'Thank you: the leafl'],
    ]);
    expect((await list(forum, action.id)).mayComment).toBe(true);
    expect((await say(board, 'A board member may only read')).statusCode).toBe(403);
    const empty = await say(forum, ' ');
    expect(empty.statusCode).toBe(400);
    expect(refusedFields(empty.json())).toEqual(['body.text']);

    expect(await auditOf(ctx.app, manager, question.id)).toEqual([
      expect.objectContaining({ operation: 'create', entityType: 'comment', planId: plan.id }),
    ]);
    expect((await requestsAs(ctx.app, manager)('DELETE', `/api/actions/${action.id}`)).statusCode).toBe(409);
  });

  it('answers 404 for an unknown action and 409 on an archived one', async () => {
    const { action } = await createActionWithLead(ctx.database.db);
    const send = requestsAs(ctx.app, forum);
    expect(
      (await send('POST', '/api/actions/00000000-0000-4000-8000-000000000000/comments', { text: 'Hello' }))
        .statusCode,
    ).toBe(404);
    await requestsAs(ctx.app, manager)('POST', `/api/actions/${action.id}/archive`);
    expect((await send('POST', `/api/actions/${action.id}/comments`, { text: 'Hello' })).statusCode).toBe(
      409,
    );
    expect((await list(forum, action.id)).mayComment).toBe(false);
  });
});
