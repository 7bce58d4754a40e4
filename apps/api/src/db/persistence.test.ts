import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config';
import { createPostgresDatabase, migrationsDir } from '../test/test-database';
import { type Database, openPglite, openPostgres } from './client';
import { DEMO_PLAN_SLUG } from './demo/demo-plan';
import { seedDemo } from './demo/seed-demo';
import { actions, kpis, outcomes, plans, priorities } from './schema';

const now = new Date('2026-11-24T12:00:00Z');

async function planShape(database: Database) {
  const [plan] = await database.db.select().from(plans).where(eq(plans.slug, DEMO_PLAN_SLUG));
  const n = async (table: typeof priorities | typeof outcomes | typeof actions | typeof kpis) =>
    (await database.db.select({ n: count() }).from(table).where(eq(table.planId, plan!.id)))[0]!.n;
  return {
    priorities: await n(priorities),
    outcomes: await n(outcomes),
    actions: await n(actions),
    kpis: await n(kpis),
  };
}

const demoShape = { priorities: 5, outcomes: 33, actions: 153, kpis: 26 };

/** Open, migrate, seed, close, then open again: the same plan must be there, migrations idempotent. */
async function survivesRestart(open: () => Promise<Database>) {
  const first = await open();
  await first.migrate(migrationsDir);
  await seedDemo(first.db, now);
  expect(await planShape(first)).toEqual(demoShape);
  await first.close();

  const second = await open();
  await second.migrate(migrationsDir);
  expect(await seedDemo(second.db, now)).toEqual({ created: false });
  expect(await planShape(second)).toEqual(demoShape);
  await second.close();
}

describe('data survives a restart', () => {
  it('on the embedded database, in its data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ragboard-data-'));
    try {
      await survivesRestart(() => openPglite(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two starts of a data folder and the demo seeded into it: slow on a busy two-core machine.
  }, 120_000);

  it.runIf(testDatabaseUrl())(
    'on PostgreSQL',
    async () => {
      const created = await createPostgresDatabase(testDatabaseUrl()!);
      try {
        await survivesRestart(async () => openPostgres(created.url));
      } finally {
        await created.drop();
      }
    },
    120_000,
  );
});
