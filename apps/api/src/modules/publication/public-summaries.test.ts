import { publicSummarySchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpis, priorities } from '../../db/schema';
import { countPlanChanges } from '../../test/announced';
import { createActionWithLead, createPerson } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-05-20T12:00:00Z');

describe('plain-English summaries for the public page', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('lets the action’s lead write it, and keeps the approved text published until approved again', async () => {
    const { plan, action, leadPersonId } = await createActionWithLead(ctx.database.db);
    const lead = requestsAs(ctx.app, await signInAs(ctx.app, 'lead', { personId: leadPersonId }));
    const url = `/api/actions/${action.id}/public-summary`;

    const empty = await lead('GET', url);
    expect(empty.headers.etag).toBe('"0"');
    expect(publicSummarySchema.parse(empty.json())).toMatchObject({
      said: '',
      happened: '',
      published: null,
      version: 0,
    });

    const written = await lead(
      'PUT',
      url,
      { said: ' We will train staff. ', happened: 'Ten are trained.' },
      { 'if-match': '"0"' },
    );
    expect(written.statusCode).toBe(200);
    expect(publicSummarySchema.parse(written.json())).toMatchObject({
      said: 'We will train staff.',
      happened: 'Ten are trained.',
      writtenBy: 'Test lead',
      published: null,
      version: 1,
    });
    expect((await lead('POST', `${url}/approve`, undefined, { 'if-match': '"1"' })).statusCode).toBe(403);

    const approved = await send('POST', `${url}/approve`, undefined, { 'if-match': '"1"' });
    expect(approved.statusCode).toBe(200);
    expect(publicSummarySchema.parse(approved.json())).toMatchObject({
      published: { said: 'We will train staff.', happened: 'Ten are trained.', approvedBy: 'Test manager' },
      changedSinceApproval: false,
      version: 2,
    });

    const edited = publicSummarySchema.parse(
      (
        await lead(
          'PUT',
          url,
          { said: 'We will train staff.', happened: 'Twenty are trained.' },
          { 'if-match': '"2"' },
        )
      ).json(),
    );
    expect(edited).toMatchObject({
      happened: 'Twenty are trained.',
      published: { happened: 'Ten are trained.' },
      changedSinceApproval: true,
    });
    const stale = await send('POST', `${url}/approve`, undefined, { 'if-match': '"2"' });
    expect(stale.statusCode).toBe(409);
    const reapproved = await send('POST', `${url}/approve`, undefined, { 'if-match': '"3"' });
    expect(publicSummarySchema.parse(reapproved.json())).toMatchObject({
      published: { happened: 'Twenty are trained.' },
      changedSinceApproval: false,
    });

    const withdrawn = await send('POST', `${url}/withdraw`, undefined, { 'if-match': '"4"' });
    expect(publicSummarySchema.parse(withdrawn.json())).toMatchObject({
      published: null,
      happened: 'Twenty are trained.',
    });
    expect(
      (await auditOf(ctx.app, manager, action.id)).map((e) => [e.entityType, e.operation, e.planId]),
    ).toEqual([
      ['public-summary', 'withdraw', plan.id],
      ['public-summary', 'approve', plan.id],
      ['public-summary', 'write', plan.id],
      ['public-summary', 'approve', plan.id],
      ['public-summary', 'write', plan.id],
    ]);
  });

  it('refuses approval until both parts are written, naming each', async () => {
    const { action } = await createActionWithLead(ctx.database.db);
    const url = `/api/actions/${action.id}/public-summary`;
    expect(refusedFields((await send('POST', `${url}/approve`)).json())).toEqual([
      'body.said',
      'body.happened',
    ]);
    await send('PUT', url, { said: 'We will do it.', happened: '' });
    expect(refusedFields((await send('POST', `${url}/approve`)).json())).toEqual(['body.happened']);
    expect(refusedFields((await send('PUT', url, { said: 'x'.repeat(2001), happened: '' })).json())).toEqual([
      'body.said',
    ]);
  });

  it('lets the delivery-group lead write it too, but not another lead or a board member', async () => {
    const { action, priority } = await createActionWithLead(ctx.database.db);
    const groupLead = await createPerson(ctx.database.db);
    await ctx.database.db
      .update(priorities)
      .set({ deliveryGroupLeadId: groupLead.id })
      .where(eq(priorities.id, priority.id));
    const url = `/api/actions/${action.id}/public-summary`;
    const body = { said: 'We said.', happened: 'It happened.' };
    const as = async (role: 'lead' | 'board', personId?: string) =>
      requestsAs(ctx.app, await signInAs(ctx.app, role, personId ? { personId } : {}));
    expect((await (await as('lead', groupLead.id))('PUT', url, body)).statusCode).toBe(200);
    expect((await (await as('lead'))('PUT', url, body)).statusCode).toBe(403);
    expect((await (await as('board'))('PUT', url, body)).statusCode).toBe(403);
    expect((await (await as('board'))('GET', url)).statusCode).toBe(200);
  });

  it('lets a KPI’s owner write its summary, and announces a change of the plan on every write', async () => {
    const { plan } = await createActionWithLead(ctx.database.db);
    const owner = await createPerson(ctx.database.db);
    const [kpi] = await ctx.database.db
      .insert(kpis)
      .values({
        planId: plan.id,
        outcomeRef: '1.1',
        position: 1,
        statement: 'Assessments on time',
        ownerId: owner.id,
      })
      .returning();
    const url = `/api/kpis/${kpi!.id}/public-summary`;
    const body = { said: 'More assessments on time.', happened: 'Up from 41% to 52%.' };
    const changesOf = countPlanChanges(ctx.database);
    const revision = async () => changesOf(plan.id);
    const before = await revision();
    const ownerLead = requestsAs(ctx.app, await signInAs(ctx.app, 'lead', { personId: owner.id }));
    expect((await ownerLead('PUT', url, body)).statusCode).toBe(200);
    expect((await requestsAs(ctx.app, await signInAs(ctx.app, 'lead'))('PUT', url, body)).statusCode).toBe(
      403,
    );
    expect((await send('POST', `${url}/approve`)).statusCode).toBe(200);
    expect(await revision()).toBe(before + 2);
    expect(
      (await send('GET', '/api/kpis/00000000-0000-4000-8000-000000000000/public-summary')).statusCode,
    ).toBe(404);
  });
});
