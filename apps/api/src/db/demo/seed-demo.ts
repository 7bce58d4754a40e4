import { randomUUID } from 'node:crypto';
import {
  addMonths,
  lastDayOfMonth,
  type Month,
  monthOf,
  monthsBetween,
  revisedDueAfter,
  type Status,
} from '@ragboard/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../modules/auth/password';
import { statusUpdatesRepository } from '../../modules/status-updates/status-updates.repository';
import type { Db } from '../client';
import { auditEntries, kpiValues, plans, reportingPeriods, statusUpdates, users } from '../schema';
import { insertDemoFindings } from './demo-findings';
import { demoHistory } from './demo-history';
import { demoKpiValues, percent } from './demo-kpis';
import { demoSource, insertDemoPlan } from './demo-plan';

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

const HISTORY_START: Month = '2023-01';

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

/** Updates are dated a few days before the end of their month, or today for this month's. */
function updatedAt(month: Month, now: Date): Date {
  const endOfMonth = new Date(`${lastDayOfMonth(month)}T17:00:00Z`);
  return new Date(Math.min(endOfMonth.getTime() - 3 * 86_400_000, now.getTime()));
}

/** About a third of the leads have already given this month's update. */
function updatedThisMonth(ref: string): boolean {
  return [...ref].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 3 === 0;
}

/**
 * Loads the 2023-24 plan, four demo accounts, a month-by-month history and the inspection's
 * findings into a database that holds no plan yet, in one transaction. Does nothing otherwise, so
 * it runs on every start.
 */
export async function seedDemo(db: Db, now: Date): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: plans.id }).from(plans).limit(1);
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const current = monthOf(now);
  const lastMonth = addMonths(current, -1);
  const periodEnd = `${Math.max(2024, now.getUTCFullYear())}-12`;

  await db.transaction(async (tx) => {
    const { plan, actions: planActions, personId, kpis: kpiRows } = await insertDemoPlan(tx, periodEnd);
    const accounts = await insertDemoAccounts(tx, passwordHash, (name) => personId.get(name));
    const managerId = accounts.find((a) => a.role === 'manager')!.id;
    await insertDemoFindings(tx, plan.id, new Map(planActions.map((a) => [a.ref, a.id])), managerId);

    await tx.insert(reportingPeriods).values([
      ...monthsBetween(HISTORY_START, lastMonth).map((month) => ({
        planId: plan.id,
        month,
        state: 'closed' as const,
        deadline: `${addMonths(month, 1)}-10`,
        openedAt: new Date(`${month}-01T09:00:00Z`),
        closedAt: new Date(`${addMonths(month, 1)}-12T17:00:00Z`),
        closedById: managerId,
      })),
      {
        planId: plan.id,
        month: current,
        state: 'open' as const,
        deadline: lastDayOfMonth(current),
        graceDays: 5,
      },
    ]);

    const kpiActuals = kpiRows.flatMap((kpi, i) => {
      const source = demoSource.kpis[i]!;
      const targets = [
        { monthsFromStart: 3, value: percent(source.target3m) },
        { monthsFromStart: 6, value: percent(source.target6m) },
        { monthsFromStart: 12, value: percent(source.target12m) },
      ];
      return demoKpiValues(kpi.id, { ...kpi, targets }, plan.periodStart, lastMonth).map((v) => ({
        kpiId: kpi.id,
        period: v.period,
        value: v.value,
        authorId: managerId,
        createdAt: updatedAt(addMonths(v.period, 1), now),
      }));
    });
    if (kpiActuals.length) await tx.insert(kpiValues).values(kpiActuals);

    const updates: (typeof statusUpdates.$inferInsert)[] = [];
    const currents: {
      actionId: string;
      update: { id: string; status: Status; revisedDue: string | null };
      revisedDueBefore: string | null;
    }[] = [];
    for (const action of planActions) {
      const history = demoHistory(action, HISTORY_START, updatedThisMonth(action.ref) ? current : lastMonth);
      let revisedDue: string | null = null;
      let latest: { id: string; status: Status; revisedDue: string | null } | null = null;
      for (const entry of history) {
        const id = randomUUID();
        const at = updatedAt(entry.period, now);
        updates.push({
          id,
          actionId: action.id,
          period: entry.period,
          status: entry.status,
          note: entry.note,
          revisedDue: entry.revisedDue,
          authorName: action.leads[0] ?? null,
          createdAt: at,
          ...(entry.signedOff
            ? { signedOffById: managerId, signedOffAt: at, signOffNote: 'Evidence seen.' }
            : {}),
        });
        if (latest) revisedDue = revisedDueAfter(latest, revisedDue);
        latest = { id, status: entry.status, revisedDue: entry.revisedDue };
      }
      if (latest) currents.push({ actionId: action.id, update: latest, revisedDueBefore: revisedDue });
    }
    for (let i = 0; i < updates.length; i += 500)
      await tx.insert(statusUpdates).values(updates.slice(i, i + 500));
    for (const { actionId, update, revisedDueBefore } of currents)
      await statusUpdatesRepository(tx).setCurrent(actionId, update, revisedDueBefore);
    await tx.insert(auditEntries).values({
      planId: plan.id,
      entityType: 'plan',
      entityId: plan.id,
      operation: 'seed-demo',
      after: { title: plan.title, actions: planActions.length, statusUpdates: updates.length },
    });
  });
  return { created: true };
}
