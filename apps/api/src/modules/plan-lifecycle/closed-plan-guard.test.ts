import { randomUUID } from 'node:crypto';
import { errorResponseSchema, mayAccess, ROLES, type Role } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachments,
  bodyMeetings,
  challenges,
  findingJudgements,
  findings,
  glossaryTerms,
  kpis,
  plans,
  reportingBodies,
} from '../../db/schema';
import { announcePlanChange } from '../../journal';
import { addStatusUpdate, createPlan, openPeriod, planRows } from '../../test/factories';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { reportsService } from '../reports';
import { planLifecycleRepository } from './plan-lifecycle.repository';

/**
 * The writes a closed plan still takes, each with why. Every other write whose address has a
 * parameter must be refused on a closed plan; reads are all open.
 */
const OPEN_ON_A_CLOSED_PLAN: Record<string, string> = {
  'POST /api/plans/:planId/close':
    'closing is what makes a plan closed (a second close hears "already closed")',
  'DELETE /api/attachments/:attachmentId':
    'the manager removes a file attached by mistake even from a closed plan (decision 035); its uploader is refused by the handler',
  'PATCH /api/users/:userId': 'an account is not plan content',
  'POST /api/users/:userId/password': 'an account is not plan content',
  'DELETE /api/users/:userId/two-step': 'an account is not plan content',
  'POST /api/api-tokens/:tokenId/revoke': 'an API token is not plan content',
  'POST /api/imports/:importId/commit': 'an import makes a new plan',
  'PATCH /api/people/:personId': 'a person leads in every plan, closed ones too',
  'POST /api/people/:personId/merge': 'a merge moves a person’s leads in closed plans too (decision 026)',
  'PATCH /api/organisations/:organisationId': 'an organisation is shared by every plan',
};

/** Writes the guard leaves to their handler (`closedPlan: 'checked'`): a body that passes validation. */
const VALID_BODIES: Record<string, object> = {
  'POST /api/actions/:actionId/updates': { period: '2026-11', status: 'Green', note: 'On track' },
};

const CLOSED = /^This plan is closed/;

describe('a closed plan stays closed', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  const sessions = new Map<Role, SignedIn>();
  /** A real id of the closed plan for every parameter naming something in it. */
  const ids: Record<string, string> = {};
  let judgementFileId: string;

  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    const db = ctx.database.db;
    for (const role of ROLES) sessions.set(role, await signInAs(ctx.app, role));
    const manager = sessions.get('manager')!;

    const plan = await createPlan(db, [1, 1, 1], 'Closed plan');
    const rows = await planRows(db, plan.id);
    const action = rows.actions[0]!;
    await openPeriod(db, plan.id, '2026-11');
    const update = await addStatusUpdate(db, action.id, '2026-10');
    const [kpi] = await db
      .insert(kpis)
      .values({ planId: plan.id, outcomeRef: '1.1', position: 0, statement: 'Plans on time' })
      .returning();
    const [finding] = await db
      .insert(findings)
      .values({ planId: plan.id, ref: 'F1', position: 1, title: 'Waits too long' })
      .returning();
    const [judgement] = await db
      .insert(findingJudgements)
      .values({ findingId: finding!.id, month: '2026-10', judgement: 'improving' })
      .returning();
    const [challenge] = await db
      .insert(challenges)
      .values({
        planId: plan.id,
        actionId: action.id,
        status: 'Green',
        reason: 'Why?',
        raisedById: manager.userId,
      })
      .returning();
    const report = await reportsService(db, () => new Date()).create(manager.userId, plan.id, {
      period: '2026-10',
      title: 'October',
    });
    const [term] = await db
      .insert(glossaryTerms)
      .values({ planId: plan.id, term: 'EHCP', expansion: 'Education, health and care plan' })
      .returning();
    const [body] = await db
      .insert(reportingBodies)
      .values({ planId: plan.id, name: 'Board', cadence: 'Quarterly', sections: ['summary'] })
      .returning();
    const [meeting] = await db
      .insert(bodyMeetings)
      .values({ bodyId: body!.id, meetsOn: '2027-01-14', papersDue: '2027-01-07' })
      .returning();
    const file = { fileName: 'a.pdf', mediaType: 'application/pdf', uploadedById: manager.userId };
    const [onUpdate] = await db
      .insert(attachments)
      .values({ ...file, statusUpdateId: update.id, completedAt: new Date() })
      .returning();
    const [onJudgement] = await db
      .insert(attachments)
      .values({ ...file, findingJudgementId: judgement!.id, completedAt: new Date() })
      .returning();
    judgementFileId = onJudgement!.id;
    await db.update(plans).set({ state: 'closed' }).where(eq(plans.id, plan.id));
    await announcePlanChange(db, plan.id);

    Object.assign(ids, {
      planId: plan.id,
      slug: plan.slug,
      priorityId: rows.priorities[0]!.id,
      outcomeId: rows.outcomes[0]!.id,
      actionId: action.id,
      updateId: update.id,
      kpiId: kpi!.id,
      findingId: finding!.id,
      judgementId: judgement!.id,
      challengeId: challenge!.id,
      reportId: report.id,
      termId: term!.id,
      bodyId: body!.id,
      meetingId: meeting!.id,
      attachmentId: onUpdate!.id,
      month: '2026-11',
    });
  });
  afterAll(() => ctx.close());

  /** The route's address with this plan's ids (`itemId`: the action or the KPI); anything else made up. */
  const address = (url: string) =>
    url.replace(/:(\w+)/g, (_, name: string) =>
      name === 'itemId'
        ? url.startsWith('/api/kpis/')
          ? ids.kpiId!
          : ids.actionId!
        : (ids[name] ?? randomUUID()),
    );

  const send = (method: string, url: string) => {
    const access = ctx.app.routeTable.find((r) => r.method === method && r.url === url)!.access;
    const role = ROLES.find((r) => mayAccess(access, r))!;
    return ctx.app.inject({
      method: method as 'POST',
      url: address(url),
      headers: sessions.get(role)!.headers,
      payload: VALID_BODIES[`${method} ${url}`] ?? {},
    });
  };

  it('refuses every write whose address names the plan or anything in it, and takes only the writes listed as open', async () => {
    // An emailed link's routes take no session: a closed plan's link is refused before any route
    // runs, as its month is closed (decision 023), and the link page's tests prove it.
    const withParameters = ctx.app.routeTable.filter(
      (r) => r.url.includes(':') && r.access !== 'update-request',
    );
    for (const key of Object.keys(OPEN_ON_A_CLOSED_PLAN))
      expect(
        withParameters.map((r) => `${r.method} ${r.url}`),
        'a route listed as open exists',
      ).toContain(key);

    for (const { method, url } of withParameters) {
      const route = `${method} ${url}`;
      const reply = await send(method, url);
      const said = `${route} → ${reply.statusCode} ${reply.body.slice(0, 160)}`;
      expect(reply.statusCode, said).toBeLessThan(500);
      const message = reply.statusCode >= 400 ? errorResponseSchema.parse(reply.json()).error.message : '';
      if (method === 'GET' || OPEN_ON_A_CLOSED_PLAN[route]) {
        expect(message, said).not.toMatch(CLOSED);
      } else {
        expect(reply.statusCode, said).toBe(409);
        expect(message, said).toMatch(CLOSED);
      }
    }
  });

  it('leaves an id that is not one to the validation, which answers 404', async () => {
    const manager = sessions.get('manager')!;
    for (const [method, url] of [
      ['PATCH', '/api/bodies/not-an-id'],
      ['DELETE', '/api/meetings/1'],
      ['PUT', "/api/attachments/x'/public"],
    ] as const) {
      const reply = await ctx.app.inject({ method, url, headers: manager.headers, payload: {} });
      expect(reply.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('finds the plan of a finding’s file as of an update’s file', async () => {
    const plansOf = planLifecycleRepository(ctx.database.db);
    expect(await plansOf.stateOf('attachment', judgementFileId)).toBe('closed');
    expect(await plansOf.stateOf('attachment', ids.attachmentId!)).toBe('closed');
    expect(await plansOf.stateOf('meeting', ids.meetingId!)).toBe('closed');
    expect(await plansOf.stateOf('meeting', randomUUID())).toBeNull();
  });
});
