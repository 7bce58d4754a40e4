import { lateness, monthsBetween, type ReportSnapshot } from '@ragboard/shared';
import { and, count, eq, isNull, max, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../modules/credentials';
import { meetingsRepository } from '../../modules/meetings';
import { loadSummaryInput, periodSummary } from '../../modules/summary';
import { createTestDatabase } from '../../test/test-database';
import type { Database } from '../client';
import {
  actionFindings,
  actionLeads,
  actions,
  boardReports,
  findings,
  kpis,
  organisations,
  people,
  plans,
  reportingPeriods,
  statusUpdates,
  users,
} from '../schema';
import { demoLeadPriorities, ILLUSTRATIVE_PARTNER_BY_PRIORITY } from './demo-plan';
import { ILLUSTRATIVE, SUCCESSOR_TITLE } from './demo-successor';
import { DEMO_PASSWORD, seedDemo } from './seed-demo';

const now = new Date('2026-11-24T12:00:00Z');

describe('seeding the demo', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await seedDemo(database.db, now)).toEqual({ created: true });
  });
  afterAll(() => database.close());

  it('runs once: a second start adds nothing', async () => {
    const before = await database.db.select({ n: count() }).from(statusUpdates);
    expect(await seedDemo(database.db, now)).toEqual({ created: false });
    expect(await database.db.select({ n: count() }).from(statusUpdates)).toEqual(before);
    expect(await database.db.select({ n: count() }).from(plans)).toEqual([{ n: 2 }]);
  });

  it('sets the 2023-24 plan in its own time, closed with its summary of progress, and its successor live this month', async () => {
    const rows = await database.db.select().from(plans).orderBy(plans.periodStart);
    expect(rows.map((p) => [p.title, p.periodStart, p.periodEnd, p.state])).toEqual([
      ['Lancashire SEND Partnership Continuous Improvement Plan 2023 - 2024', '2023-01', '2024-12', 'closed'],
      [SUCCESSOR_TITLE, '2025-01', '2027-12', 'active'],
    ]);
    const [first, next] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(next.predecessorId).toBe(first.id);
    const actionsOf = (planId: string) =>
      database.db.select().from(actions).where(eq(actions.planId, planId));
    const firstActions = await actionsOf(first.id);
    const nextActions = await actionsOf(next.id);
    expect(firstActions).toHaveLength(153);
    // Every unfinished action was carried forward, and only those; a few new ones are marked illustrative.
    const unfinished = firstActions.filter((a) => a.status !== 'Blue').map((a) => a.id);
    expect(unfinished.length).toBeGreaterThan(10);
    expect(nextActions.flatMap((a) => (a.carriedFromId ? [a.carriedFromId] : [])).sort()).toEqual(
      unfinished.sort(),
    );
    const added = nextActions.filter((a) => !a.carriedFromId);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((a) => a.title.startsWith(ILLUSTRATIVE))).toBe(true);

    const [summary] = await database.db.select().from(boardReports).where(eq(boardReports.planId, first.id));
    expect(summary).toMatchObject({ state: 'published', period: '2024-12' });
    const closeOut = (summary!.snapshot as ReportSnapshot).closeOut!;
    expect(closeOut.actions).toHaveLength(153);
    expect(closeOut.actions.filter((a) => a.disposition.kind === 'carried')).toHaveLength(unfinished.length);
    expect((summary!.snapshot as ReportSnapshot).findings).toHaveLength(12);

    // The history ends with the plan; the successor's runs to this month.
    const lastUpdate = async (planId: string) =>
      (
        await database.db
          .select({ period: max(statusUpdates.period) })
          .from(statusUpdates)
          .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
          .where(eq(actions.planId, planId))
      )[0]!.period;
    expect(await lastUpdate(first.id)).toBe('2024-12');
    expect(await lastUpdate(next.id)).toBe('2026-11');
  });

  it('moves the inspection findings on to the live plan, linked to actions in both plans', async () => {
    const rows = await database.db
      .select({ plan: plans.state, finding: findings.id })
      .from(findings)
      .innerJoin(plans, eq(plans.id, findings.planId));
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.plan))).toEqual(new Set(['active']));
    const linkedPlans = await database.db
      .selectDistinct({ state: plans.state })
      .from(actionFindings)
      .innerJoin(actions, eq(actions.id, actionFindings.actionId))
      .innerJoin(plans, eq(plans.id, actions.planId));
    expect(new Set(linkedPlans.map((r) => r.state))).toEqual(new Set(['active', 'closed']));
  });

  it('records the bodies the live plan reports to, the next Partnership Board’s pack drafted from last month', async () => {
    const [live] = await database.db.select().from(plans).where(eq(plans.state, 'active'));
    const bodies = await meetingsRepository(database.db).bodiesOf(live!.id, true);
    expect(bodies.map((b) => b.name)).toEqual(['Health and Wellbeing Board', 'SEND Partnership Board']);
    const [next, later] = bodies[1]!.meetings;
    expect(next).toMatchObject({ meetsOn: '2026-12-04', papersDue: '2026-11-27' });
    expect(next!.report).toMatchObject({ title: 'SEND Partnership Board, 4 December 2026', state: 'draft' });
    expect(later!.report).toBeNull();
    const [pack] = await database.db.select().from(boardReports).where(eq(boardReports.id, next!.report!.id));
    expect(pack!.period).toBe('2026-10');
    expect(bodies[0]!.meetings.every((m) => m.report === null)).toBe(true);
  });

  it('creates the four demo accounts with the demo password, the lead linked to Sapphire Murray', async () => {
    const rows = await database.db
      .select({ email: users.email, role: users.role, hash: users.passwordHash, person: people.name })
      .from(users)
      .leftJoin(people, eq(people.id, users.personId))
      .orderBy(users.email);
    expect(rows.map(({ email, role, person }) => ({ email, role, person }))).toEqual([
      { email: 'board@example.org', role: 'board', person: null },
      { email: 'forum@example.org', role: 'forum', person: null },
      { email: 'lead@example.org', role: 'lead', person: 'Sapphire Murray' },
      { email: 'manager@example.org', role: 'manager', person: null },
    ]);
    expect(rows[0]!.hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(DEMO_PASSWORD, rows[0]!.hash)).toBe(true);
    expect(await verifyPassword('wrong-password', rows[0]!.hash)).toBe(false);
  });

  it('closes every month of the 2023-24 plan, and of its successor up to this month, which is open', async () => {
    const periods = await database.db
      .select({ month: reportingPeriods.month, state: reportingPeriods.state, plan: plans.periodStart })
      .from(reportingPeriods)
      .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
      .orderBy(reportingPeriods.month);
    const first = periods.filter((p) => p.plan === '2023-01');
    expect(first.map((p) => p.month)).toEqual(monthsBetween('2023-01', '2024-12'));
    expect(first.every((p) => p.state === 'closed')).toBe(true);
    const next = periods.filter((p) => p.plan === '2025-01');
    expect(next[0]).toEqual({ month: '2025-01', state: 'closed', plan: '2025-01' });
    expect(next.at(-1)).toEqual({ month: '2026-11', state: 'open', plan: '2025-01' });
    expect(periods.filter((p) => p.state === 'open')).toHaveLength(1);
    expect(next).toHaveLength(23);
  });

  it('keeps KPIs with baselines and 3/6/12-month targets, the live plan’s baseline the 2023-24 plan’s latest actual', async () => {
    const [first, next] = await database.db
      .select({
        outcomeRef: kpis.outcomeRef,
        baselineValue: kpis.baselineValue,
        baselineText: kpis.baselineText,
      })
      .from(kpis)
      .innerJoin(plans, eq(plans.id, kpis.planId))
      .where(sql`${kpis.statement} like '65% of new assessments%'`)
      .orderBy(plans.periodStart);
    expect(first).toEqual({ outcomeRef: '3.4', baselineValue: 41, baselineText: '41% (16.2% to 66%)' });
    expect(next!.baselineValue).not.toBe(41);
    expect(next!.baselineText).toContain('December 2024');
  });

  it('sets each action’s current status from its latest update, Reds with a new date, Blues signed off', async () => {
    const mismatched = await database.db
      .select({ ref: actions.ref })
      .from(actions)
      .innerJoin(statusUpdates, eq(statusUpdates.id, actions.currentUpdateId))
      .where(ne(actions.status, statusUpdates.status));
    expect(mismatched).toEqual([]);
    const redsWithoutDate = await database.db
      .select({ n: count() })
      .from(actions)
      .where(and(eq(actions.status, 'Red'), isNull(actions.revisedDue)));
    expect(redsWithoutDate).toEqual([{ n: 0 }]);
    const unsignedBlue = await database.db
      .select({ n: count() })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.status, 'Blue'), isNull(statusUpdates.signedOffAt)));
    expect(unsignedBlue).toEqual([{ n: 0 }]);
    const byStatus = await database.db
      .select({ status: actions.status, n: count() })
      .from(actions)
      .groupBy(actions.status);
    expect(byStatus.length).toBeGreaterThanOrEqual(4);
  });

  it('shows open actions of each kind: on track for an agreed new date, past its new date, past its original date with none agreed', async () => {
    const [live] = await database.db.select().from(plans).where(eq(plans.state, 'active'));
    const summary = periodSummary((await loadSummaryInput(database.db, live!.id, undefined, now))!);
    expect(summary.period).toBe('2026-11');
    const kinds = (kind: string) => summary.overdue.filter((b) => lateness(b) === kind);
    expect(
      kinds('new-date-agreed').some((b) => b.status === 'Green' && b.newDate?.source === 'manager'),
    ).toBe(true);
    expect(kinds('past-new-date').some((b) => b.status === 'Green')).toBe(true);
    expect(kinds('no-new-date').some((b) => b.status === 'Green' && b.carriedFrom !== null)).toBe(true);
    // The action's own new date (its row) is the one its position reads this month.
    const rows = await database.db.select().from(actions).where(eq(actions.planId, live!.id));
    const briefs = new Map([...summary.overdue, ...summary.movement.improved].map((b) => [b.id, b]));
    for (const row of rows) {
      const brief = briefs.get(row.id);
      if (brief) expect(brief.newDate?.date ?? null, row.ref).toBe(row.revisedDue);
    }
  });

  it('gives some of the live plan’s actions an update for the current month already, and not others', async () => {
    const rows = await database.db
      .selectDistinct({ actionId: statusUpdates.actionId })
      .from(statusUpdates)
      .where(eq(statusUpdates.period, '2026-11'));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(30);
  });
});

describe('the demo’s leads', () => {
  it('each belong, for illustration, to the partner whose delivery group they lead most in (the earlier on a tie)', () => {
    const lead = (name: string) => ({ ref: 'x', title: 'x', dueMonth: null, dueText: null, leads: [name] });
    const priorities = ['1', '2', '3'].map((ref) => ({
      ref,
      title: ref,
      deliveryGroup: { leadRole: '', reportingCadence: 'monthly', byException: false },
      outcomes: [
        {
          ref: `${ref}.1`,
          title: '',
          lead: ref === '3' ? 'Ann' : null,
          actions: ref === '1' ? [lead('Ann'), lead(' Bob ')] : [lead('Bob'), lead('Bob')],
        },
      ],
    }));
    expect(Object.fromEntries(demoLeadPriorities({ priorities }))).toEqual({ Ann: '1', Bob: '2' });
  });

  it('are placed in a partner organisation, so the summary by organisation has no one unplaced', async () => {
    const database = await createTestDatabase();
    try {
      await seedDemo(database.db, now);
      const rows = await database.db
        .select({ name: people.name, organisation: organisations.name })
        .from(people)
        .leftJoin(organisations, eq(organisations.id, people.organisationId));
      expect(rows.filter((r) => r.organisation === null)).toEqual([]);
      const partners = new Set(rows.map((r) => r.organisation));
      expect(partners).toEqual(new Set(Object.values(ILLUSTRATIVE_PARTNER_BY_PRIORITY)));
      expect(rows).toContainEqual({ name: 'Sally Richardson', organisation: 'Lancashire County Council' });
    } finally {
      await database.close();
    }
  });

  it('can all be reminded: each has an address at example.org made from their name', async () => {
    const database = await createTestDatabase();
    try {
      await seedDemo(database.db, now);
      const leads = await database.db
        .selectDistinct({ name: people.name, email: people.email })
        .from(people)
        .innerJoin(actionLeads, eq(actionLeads.personId, people.id));
      expect(leads.length).toBeGreaterThan(20);
      for (const lead of leads)
        expect(lead.email, lead.name).toMatch(/^[a-z0-9]+(\.[a-z0-9]+)*@example\.org$/);
      expect(leads).toContainEqual({ name: 'Sapphire Murray', email: 'sapphire.murray@example.org' });
    } finally {
      await database.close();
    }
  });
});
