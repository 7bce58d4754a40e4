import { organisationListSchema, organisationSchema, staleVersionErrorSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('partner organisations, as the partnership manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('adds an organisation, lists it with its people, renames it, audited', async () => {
    const reply = await send('POST', '/api/organisations', {
      name: 'Lancashire and South Cumbria ICB',
      kind: 'icb',
    });
    expect(reply.statusCode).toBe(201);
    const organisation = organisationSchema.parse(reply.json());
    expect(organisation).toMatchObject({ kind: 'icb', peopleCount: 0 });
    await createPerson(ctx.database.db, { organisationId: organisation.id });
    const { organisations } = organisationListSchema.parse((await send('GET', '/api/organisations')).json());
    expect(organisations.find((o) => o.id === organisation.id)).toMatchObject({ peopleCount: 1 });
    const renamed = await send('PATCH', `/api/organisations/${organisation.id}`, { name: 'LSC ICB' });
    expect(organisationSchema.parse(renamed.json())).toMatchObject({ name: 'LSC ICB', kind: 'icb' });
    expect((await auditOf(ctx.app, manager, organisation.id)).map((e) => e.operation)).toEqual([
      'update',
      'create',
    ]);
  });

  it('refuses a change made from a stale ETag with 409 and the organisation as it now stands, never overwriting', async () => {
    const created = await send('POST', '/api/organisations', { name: 'Blackpool Council', kind: 'council' });
    expect(created.headers.etag).toBe('"1"');
    const { id } = organisationSchema.parse(created.json());
    const first = await send(
      'PATCH',
      `/api/organisations/${id}`,
      { name: 'Blackpool Borough Council' },
      {
        'if-match': '"1"',
      },
    );
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(organisationSchema.parse(first.json())).toMatchObject({
      name: 'Blackpool Borough Council',
      version: 2,
    });
    const stale = await send('PATCH', `/api/organisations/${id}`, { kind: 'other' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      name: 'Blackpool Borough Council',
      kind: 'council',
      version: 2,
    });
    const { organisations } = organisationListSchema.parse((await send('GET', '/api/organisations')).json());
    expect(organisations.find((o) => o.id === id)).toMatchObject({ kind: 'council', version: 2 });
    expect((await auditOf(ctx.app, manager, id)).map((e) => e.operation)).toEqual(['update', 'create']);
    expect(
      (await send('PATCH', `/api/organisations/${id}`, { kind: 'other' }, { 'if-match': 'soon' })).statusCode,
    ).toBe(400);
  });

  it('refuses a bad organisation with 400 naming each field, a taken name with 409, an unknown one with 404', async () => {
    const bad = await send('POST', '/api/organisations', { name: '', kind: 'club' });
    expect(refusedFields(bad.json())).toEqual(expect.arrayContaining(['body.name', 'body.kind']));
    const existing = await createOrganisation(ctx.database.db, { name: 'Blackburn with Darwen' });
    const other = await createOrganisation(ctx.database.db);
    expect(
      (await send('POST', '/api/organisations', { name: 'BLACKBURN WITH DARWEN', kind: 'council' }))
        .statusCode,
    ).toBe(409);
    expect((await send('PATCH', `/api/organisations/${other.id}`, { name: existing.name })).statusCode).toBe(
      409,
    );
    expect(
      (await send('PATCH', '/api/organisations/00000000-0000-4000-8000-000000000000', { kind: 'other' }))
        .statusCode,
    ).toBe(404);
  });

  it('lets anyone signed in read organisations, only the manager change them', async () => {
    const organisation = await createOrganisation(ctx.database.db);
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect((await other('GET', '/api/organisations')).statusCode).toBe(200);
      expect((await other('POST', '/api/organisations', { name: 'x', kind: 'other' })).statusCode).toBe(403);
      expect((await other('PATCH', `/api/organisations/${organisation.id}`, { name: 'x' })).statusCode).toBe(
        403,
      );
    }
  });
});
