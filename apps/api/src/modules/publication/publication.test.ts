import { glossaryTermSchema, publicationSchema, publicationSettingsSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPlanChanges } from '../../test/announced';
import { createPlan } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('a plan’s public page settings and glossary, kept by the manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  let changesOf: (planId: string) => number;
  const revision = async (planId: string) => changesOf(planId);
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    changesOf = countPlanChanges(ctx.database);
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('starts off, at the plan’s own address, hiding names under the Open Government Licence', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 2]);
    const reply = await send('GET', `/api/plans/${plan.id}/publication`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers.etag).toBe('"0"');
    const publication = publicationSchema.parse(reply.json());
    expect(publication.settings).toEqual({
      planId: plan.id,
      public: false,
      slug: plan.slug,
      showLeadNames: false,
      licenceName: 'Open Government Licence v3.0',
      licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      version: 0,
    });
    expect(publication.glossary).toEqual([]);
    expect(publication.items.map((i) => [i.kind, i.ref, i.version, i.published])).toEqual([
      ['action', '1.1.1', 0, null],
      ['action', '1.1.2', 0, null],
    ]);
  });

  it('turns the page on with If-Match, audited and announced to the caches; a stale or clashing write gets 409', async () => {
    const plan = await createPlan(ctx.database.db);
    const other = await createPlan(ctx.database.db);
    const before = await revision(plan.id);
    const on = await send(
      'PATCH',
      `/api/plans/${plan.id}/publication`,
      { public: true, slug: 'send-plan' },
      { 'if-match': '"0"' },
    );
    expect(on.statusCode).toBe(200);
    expect(publicationSettingsSchema.parse(on.json())).toMatchObject({
      public: true,
      slug: 'send-plan',
      version: 1,
    });
    expect(on.headers.etag).toBe('"1"');
    expect(await revision(plan.id)).toBe(before + 1);
    expect((await auditOf(ctx.app, manager, plan.id))[0]).toMatchObject({
      entityType: 'plan-publication',
      operation: 'publish',
      before: { public: false },
      after: { public: true, slug: 'send-plan' },
    });

    const stale = await send(
      'PATCH',
      `/api/plans/${plan.id}/publication`,
      { public: false },
      { 'if-match': '"0"' },
    );
    expect(stale.statusCode).toBe(409);
    const clash = await send('PATCH', `/api/plans/${other.id}/publication`, { slug: 'send-plan' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toBe('Another plan’s public page already has the address "send-plan"');
    const bad = await send('PATCH', `/api/plans/${plan.id}/publication`, {
      slug: 'Send Plan',
      licenceUrl: 'javascript:alert(1)',
    });
    expect(refusedFields(bad.json())).toEqual(['body.slug', 'body.licenceUrl']);
  });

  it('keeps a glossary: adds, refuses a term twice, changes with If-Match, removes, each audited', async () => {
    const plan = await createPlan(ctx.database.db);
    const add = async (term: string, expansion: string) =>
      send('POST', `/api/plans/${plan.id}/glossary`, { term, expansion });
    const ehcp = await add(' EHCP ', 'Education, health and care plan');
    expect(ehcp.statusCode).toBe(201);
    const term = glossaryTermSchema.parse(ehcp.json());
    expect(term).toMatchObject({ term: 'EHCP', version: 1 });
    expect((await add('PfA', 'Preparing for adulthood')).statusCode).toBe(201);
    expect((await add('EHCP', 'Again')).statusCode).toBe(409);
    expect(refusedFields((await add('', '')).json())).toEqual(['body.term', 'body.expansion']);

    const glossary = async () =>
      publicationSchema.parse((await send('GET', `/api/plans/${plan.id}/publication`)).json()).glossary;
    expect((await glossary()).map((t) => t.term)).toEqual(['EHCP', 'PfA']);

    const changed = await send(
      'PATCH',
      `/api/glossary/${term.id}`,
      { expansion: 'Education, Health and Care Plan' },
      {
        'if-match': '"1"',
      },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    const stale = await send(
      'PATCH',
      `/api/glossary/${term.id}`,
      { term: 'EHC plan' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(
      (await send('DELETE', `/api/glossary/${term.id}`, undefined, { 'if-match': '"2"' })).statusCode,
    ).toBe(204);
    expect((await glossary()).map((t) => t.term)).toEqual(['PfA']);
    expect((await auditOf(ctx.app, manager, term.id)).map((e) => e.operation)).toEqual([
      'delete',
      'update',
      'create',
    ]);
    expect((await send('DELETE', `/api/glossary/${term.id}`)).statusCode).toBe(404);
  });

  it('is the manager’s alone', async () => {
    const plan = await createPlan(ctx.database.db);
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect((await other('GET', `/api/plans/${plan.id}/publication`)).statusCode).toBe(403);
      expect((await other('PATCH', `/api/plans/${plan.id}/publication`, { public: true })).statusCode).toBe(
        403,
      );
      expect(
        (await other('POST', `/api/plans/${plan.id}/glossary`, { term: 'ND', expansion: 'Neurodivergent' }))
          .statusCode,
      ).toBe(403);
    }
  });
});
