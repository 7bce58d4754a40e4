import { type Month, monthOf } from '@ragboard/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../modules/credentials';
import { planCloseService } from '../../modules/plan-lifecycle';
import { writeTransaction } from '../changes';
import type { Db } from '../client';
import { auditEntries, plans, users } from '../schema';
import { insertDemoFindings } from './demo-findings';
import { percent } from './demo-kpis';
import { insertDemoMeetings } from './demo-meetings';
import { demoSource, insertDemoPlan } from './demo-plan';
import { seedDemoRounds } from './demo-rounds';
import { insertDemoSuccessor } from './demo-successor';

export const DEMO_PASSWORD = 'ragboard-demo';
export const DEMO_ACCOUNTS = [
  { email: 'manager@example.org', displayName: 'Partnership Manager', role: 'manager', person: null },
  { email: 'lead@example.org', displayName: 'Sapphire Murray', role: 'lead', person: 'Sapphire Murray' },
  { email: 'board@example.org', displayName: 'Board Member', role: 'board', person: null },
  {
    email: 'forum@example.org',
    displayName: 'Parent Carer Forum Representative',
    role: 'forum',
    person: null,
  },
] as const;

/** The 2023-24 plan's months, as published, and when its successor was started and it was closed. */
const FIRST_PLAN_END: Month = '2024-12';
const CARRIED_AT = new Date('2025-01-15T10:00:00Z');
const CLOSED_AT = new Date('2025-01-17T16:00:00Z');

/** The demo accounts still active: while any is, the database holds demo data and a published password. */
export async function activeDemoAccounts(db: Db): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        inArray(
          users.email,
          DEMO_ACCOUNTS.map((a) => a.email),
        ),
        eq(users.active, true),
      ),
    );
  return rows.map((r) => r.email);
}

/** The demo accounts, linked to the people the plan names where there are any. */
export function insertDemoAccounts(
  db: Db,
  passwordHash: string,
  personId: (name: string) => string | undefined = () => undefined,
) {
  return db
    .insert(users)
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        displayName: a.displayName,
        role: a.role,
        passwordHash,
        personId: a.person ? (personId(a.person) ?? null) : null,
      })),
    )
    .returning({ id: users.id, role: users.role });
}

/**
 * What to say at start-up: while demo accounts are active, a warning naming them and their
 * published password; on an empty database where the demo was withheld, why.
 */
export async function demoWarning(db: Db, withheld: string | null): Promise<string | null> {
  const active = await activeDemoAccounts(db);
  if (active.length > 0) {
    return [
      'WARNING: demo data. These accounts sign in with the published password',
      `"${DEMO_PASSWORD}": do not use this database for real records.`,
      ...DEMO_ACCOUNTS.filter((a) => active.includes(a.email)).map(
        (a) => `  ${a.email.padEnd(22)} ${a.displayName} (${a.role})`,
      ),
      'Deactivate them (Accounts) once real accounts exist, or start with an empty database.',
    ].join('\n');
  }
  if (!withheld) return null;
  const [plan] = await db.select({ id: plans.id }).from(plans).limit(1);
  return plan ? null : withheld;
}

/**
 * Loads the partnership's chain of plans into a database that holds no plan yet, in one
 * transaction: the 2023-24 plan in its own time (January 2023 to December 2024, month by month, with
 * the inspection's findings), its successor started from it in January 2025 by carrying its
 * unfinished actions forward, the 2023-24 plan then closed with its summary of progress, and the
 * 2025-27 plan run month by month to this month, which is open for updates. Four demo accounts.
 * Does nothing on a database that has a plan, so it runs on every start.
 */
export async function seedDemo(db: Db, now: Date): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: plans.id }).from(plans).limit(1);
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const current = monthOf(now);

  await writeTransaction(db, async (tx) => {
    const { plan, actions: planActions, personId, kpis: kpiRows } = await insertDemoPlan(tx, FIRST_PLAN_END);
    const accounts = await insertDemoAccounts(tx, passwordHash, (name) => personId.get(name));
    const managerAccount = accounts.find((a) => a.role === 'manager')!;
    const manager = {
      ...managerAccount,
      email: 'manager@example.org',
      displayName: 'Partnership Manager',
      personId: null,
    };
    await insertDemoFindings(tx, plan.id, new Map(planActions.map((a) => [a.ref, a.id])), manager.id);

    const first = await seedDemoRounds(tx, {
      planId: plan.id,
      planStart: plan.periodStart,
      from: plan.periodStart,
      to: FIRST_PLAN_END,
      open: null,
      actions: planActions,
      seed: '',
      kpis: kpiRows.map((kpi, i) => {
        const source = demoSource.kpis[i]!;
        const targets = [
          { monthsFromStart: 3, value: percent(source.target3m) },
          { monthsFromStart: 6, value: percent(source.target6m) },
          { monthsFromStart: 12, value: percent(source.target12m) },
        ];
        return { id: kpi.id, rule: { ...kpi, targets } };
      }),
      managerId: manager.id,
      now,
    });

    // January 2025: the manager starts the next plan from this one, then closes it.
    const successor = await insertDemoSuccessor(tx, plan.id, manager, CARRIED_AT, current);
    await planCloseService(tx, () => CLOSED_AT).close(manager, plan.id, { period: FIRST_PLAN_END }, null);

    const next = await seedDemoRounds(tx, {
      planId: successor.plan.id,
      planStart: successor.plan.periodStart,
      from: successor.plan.periodStart,
      to: current,
      open: current,
      actions: successor.actions,
      seed: '2025 ',
      kpis: successor.kpis,
      managerId: manager.id,
      now,
    });
    await insertDemoMeetings(tx, successor.plan.id, now);
    for (const [seeded, counts] of [
      [plan, { actions: planActions.length, ...first }],
      [successor.plan, { actions: successor.actions.length, ...next }],
    ] as const) {
      await tx.insert(auditEntries).values({
        planId: seeded.id,
        entityType: 'plan',
        entityId: seeded.id,
        operation: 'seed-demo',
        after: { title: seeded.title, ...counts },
      });
    }
  });
  return { created: true };
}
