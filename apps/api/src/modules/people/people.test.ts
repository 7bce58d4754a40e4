import { personListSchema, personSchema, staleVersionErrorSchema } from '@ragboard/shared';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLeads, kpis, outcomes, people, priorities } from '../../db/schema';
import { createOrganisation, createPerson, createPlan, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { createUser, type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('people, as the partnership manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  const list = async (q = '') => personListSchema.parse((await send('GET', `/api/people${q}`)).json()).people;
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('adds a person and lists them with their organisation, account and what they lead; ?q= finds names in any case', async () => {
    const organisation = await createOrganisation(ctx.database.db, { name: 'Lancashire County Council' });
    const reply = await send('POST', '/api/people', {
      name: 'Neil Willcocks',
      role: 'Head of SEND',
      organisationId: organisation.id,
      email: 'neil@example.test',
    });
    expect(reply.statusCode).toBe(201);
    const person = personSchema.parse(reply.json());
    await createUser(ctx.database.db, 'lead', { email: 'neil.account@example.test', personId: person.id });
    const plan = await createPlan(ctx.database.db, [1, 1, 2]);
    const { actions, outcomes: outcomeRows } = await planRows(ctx.database.db, plan.id);
    await ctx.database.db
      .insert(actionLeads)
      .values(actions.map((a) => ({ actionId: a.id, personId: person.id, position: 1 })));
    await ctx.database.db
      .update(outcomes)
      .set({ leadId: person.id })
      .where(eq(outcomes.id, outcomeRows[0]!.id));
    const [found, ...others] = await list('?q=WILLCO');
    expect(others).toEqual([]);
    expect(found).toEqual({
      ...person,
      organisation: 'Lancashire County Council',
      accountEmail: 'neil.account@example.test',
      actionCount: 2,
      outcomeCount: 1,
    });
    expect(await list('?q=%25')).toEqual([]);
    // Only the manager sees which email an account signs in with.
    for (const role of ['board', 'forum', 'lead'] as const) {
      const reader = await signInAs(ctx.app, role);
      const seen = personListSchema.parse(
        (await requestsAs(ctx.app, reader)('GET', '/api/people?q=WILLCO')).json(),
      );
      expect(seen.people[0], role).toMatchObject({ name: 'Neil Willcocks', accountEmail: null });
      expect(JSON.stringify(seen), role).not.toContain('neil.account@example.test');
    }
    expect((await auditOf(ctx.app, manager, person.id))[0]).toMatchObject({
      operation: 'create',
      entityType: 'person',
    });
  });

  it('refuses a bad person with 400 naming each field', async () => {
    const bad = await send('POST', '/api/people', { name: ' ', email: 'nope', organisationId: 'x' });
    expect(refusedFields(bad.json())).toEqual(
      expect.arrayContaining(['body.name', 'body.email', 'body.organisationId']),
    );
    const unknown = await send('POST', '/api/people', { name: 'A', organisationId: UNKNOWN });
    expect(refusedFields(unknown.json())).toEqual(['body.organisationId']);
  });

  it('edits a person with If-Match; a stale ETag gets 409 with the current person', async () => {
    const person = await createPerson(ctx.database.db, { name: 'Fiona Harris- Hilton' });
    const url = `/api/people/${person.id}`;
    const changed = await send('PATCH', url, { name: 'Fiona Harris-Hilton' }, { 'if-match': '"1"' });
    expect(personSchema.parse(changed.json())).toMatchObject({ name: 'Fiona Harris-Hilton', version: 2 });
    expect(changed.headers.etag).toBe('"2"');
    const stale = await send('PATCH', url, { name: 'Lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      name: 'Fiona Harris-Hilton',
    });
    expect((await send('PATCH', `/api/people/${UNKNOWN}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('merges a near-duplicate: one lead row per action, outcome, group, KPI and account move over', async () => {
    const db = ctx.database.db;
    const fiona = await createPerson(db, { name: 'Fiona Harris Hilton' });
    const duplicate = await createPerson(db, { name: 'Fiona Harris- Hilton' });
    const account = await createUser(db, 'lead', { personId: duplicate.id });
    const plan = await createPlan(db, [1, 1, 3]);
    const { actions, outcomes: outcomeRows, priorities: priorityRows } = await planRows(db, plan.id);
    const [both, onlyDuplicate, onlyFiona] = actions;
    await db.insert(actionLeads).values([
      { actionId: both!.id, personId: fiona.id, position: 1 },
      { actionId: both!.id, personId: duplicate.id, position: 2 },
      { actionId: onlyDuplicate!.id, personId: duplicate.id, position: 1 },
      { actionId: onlyFiona!.id, personId: fiona.id, position: 1 },
    ]);
    await db.update(outcomes).set({ leadId: duplicate.id }).where(eq(outcomes.id, outcomeRows[0]!.id));
    await db
      .update(priorities)
      .set({ deliveryGroupLeadId: duplicate.id })
      .where(eq(priorities.id, priorityRows[0]!.id));
    await db
      .insert(kpis)
      .values({ planId: plan.id, outcomeRef: '1.1', position: 1, statement: 'S', ownerId: duplicate.id });

    const reply = await send('POST', `/api/people/${duplicate.id}/merge`, { intoId: fiona.id });
    expect(reply.statusCode).toBe(200);
    expect(personSchema.parse(reply.json())).toMatchObject({ id: fiona.id, actionCount: 3, outcomeCount: 1 });
    const leads = await db
      .select()
      .from(actionLeads)
      .where(
        inArray(
          actionLeads.actionId,
          actions.map((a) => a.id),
        ),
      );
    const named = leads.filter((l) => l.personId === fiona.id || l.personId === duplicate.id);
    expect(named.map((l) => [l.actionId, l.personId]).sort()).toEqual(
      [both, onlyDuplicate, onlyFiona].map((a) => [a!.id, fiona.id]).sort(),
    );
    expect((await db.select().from(outcomes).where(eq(outcomes.id, outcomeRows[0]!.id)))[0]!.leadId).toBe(
      fiona.id,
    );
    expect(
      (await db.select().from(priorities).where(eq(priorities.id, priorityRows[0]!.id)))[0]!
        .deliveryGroupLeadId,
    ).toBe(fiona.id);
    expect((await db.select().from(kpis).where(eq(kpis.planId, plan.id)))[0]!.ownerId).toBe(fiona.id);
    expect((await db.select().from(people).where(eq(people.id, duplicate.id)))[0]!.mergedIntoId).toBe(
      fiona.id,
    );
    const listed = (await list('?q=fiona')).filter((p) => [fiona.id, duplicate.id].includes(p.id));
    expect(listed.map((p) => [p.id, p.accountEmail])).toEqual([[fiona.id, account.email]]);
    expect((await auditOf(ctx.app, manager, duplicate.id)).map((e) => e.operation)).toContain('merge');
    expect((await send('POST', `/api/people/${duplicate.id}/merge`, { intoId: fiona.id })).statusCode).toBe(
      404,
    );
  });

  it('refuses to merge two people who both have accounts, into themselves, or into nobody', async () => {
    const [a, b] = [await createPerson(ctx.database.db), await createPerson(ctx.database.db)];
    await createUser(ctx.database.db, 'lead', { personId: a.id });
    await createUser(ctx.database.db, 'board', { personId: b.id });
    expect((await send('POST', `/api/people/${a.id}/merge`, { intoId: b.id })).statusCode).toBe(409);
    expect(refusedFields((await send('POST', `/api/people/${a.id}/merge`, { intoId: a.id })).json())).toEqual(
      ['body.intoId'],
    );
    expect(
      refusedFields((await send('POST', `/api/people/${a.id}/merge`, { intoId: UNKNOWN })).json()),
    ).toEqual(['body.intoId']);
    expect((await send('POST', `/api/people/${UNKNOWN}/merge`, { intoId: a.id })).statusCode).toBe(404);
  });

  it('lets anyone signed in read people, only the manager change them', async () => {
    const person = await createPerson(ctx.database.db);
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect((await other('GET', '/api/people')).statusCode).toBe(200);
      expect((await other('POST', '/api/people', { name: 'x' })).statusCode).toBe(403);
      expect((await other('PATCH', `/api/people/${person.id}`, { name: 'x' })).statusCode).toBe(403);
      expect((await other('POST', `/api/people/${person.id}/merge`, { intoId: person.id })).statusCode).toBe(
        403,
      );
    }
  });
});
