import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../modules/auth/password';
import { createTestDatabase } from '../../test/test-database';
import type { Database } from '../client';
import {
  actionLeads,
  actions,
  kpis,
  organisations,
  people,
  plans,
  reportingPeriods,
  statusUpdates,
  users,
} from '../schema';
import { demoLeadPriorities, ILLUSTRATIVE_PARTNER_BY_PRIORITY } from './demo-plan';
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
    expect(await database.db.select({ n: count() }).from(plans)).toEqual([{ n: 1 }]);
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

  it('opens this month for updates and closes every month before it back to January 2023', async () => {
    const periods = await database.db
      .select({ month: reportingPeriods.month, state: reportingPeriods.state })
      .from(reportingPeriods)
      .orderBy(reportingPeriods.month);
    expect(periods[0]).toEqual({ month: '2023-01', state: 'closed' });
    expect(periods.at(-1)).toEqual({ month: '2026-11', state: 'open' });
    expect(periods.filter((p) => p.state === 'open')).toHaveLength(1);
    expect(periods).toHaveLength(47);
  });

  it('keeps KPIs with baselines and 3/6/12-month targets', async () => {
    const [kpi34] = await database.db
      .select()
      .from(kpis)
      .where(sql`${kpis.statement} like '65% of new assessments%'`);
    expect(kpi34).toMatchObject({ outcomeRef: '3.4', baselineValue: 41, baselineText: '41% (16.2% to 66%)' });
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

  it('gives some actions an update for the current month already, and not others', async () => {
    const rows = await database.db
      .selectDistinct({ actionId: statusUpdates.actionId })
      .from(statusUpdates)
      .where(eq(statusUpdates.period, '2026-11'));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
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
