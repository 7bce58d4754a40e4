// Asked to stop (SIGTERM) at any moment, the server ends within its limit and starts again with
// every write it acknowledged: while it starts (making its data folder, migrating, loading the
// demo), under a burst of writes, and when its one thread blocks for good as it stops. On the
// embedded database, or on PostgreSQL when TEST_DATABASE_URL is set. Decision 044.
import { fileURLToPath } from 'node:url';
import { actionHistorySchema, planListSchema, planTreeSchema } from '@ragboard/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../apps/api/src/config';
import { STOP_LIMIT_MS } from '../../apps/api/src/forced-exit';
import { signInsOverHttp } from '../../apps/api/src/test/two-step';
import { eventually } from '../../apps/api/src/test/waiting';
import {
  type Ended,
  processesNaming,
  type ServerProcess,
  serverDatabase,
  spawnServer,
  watchdogOf,
} from './server-process';

/** The stop's limit, and room for a busy machine: a stop that ends fits, one that hangs does not. */
const ENDED_WITHIN_MS = STOP_LIMIT_MS + 20_000;
const blockedThread = fileURLToPath(new URL('./fixtures/blocked-thread.ts', import.meta.url));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How the server ended once asked to stop, or 'still running' if it had not within the bound. */
async function stopped(server: ServerProcess): Promise<Ended | 'still running'> {
  server.signal('SIGTERM');
  let bound: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((resolve) => {
    bound = setTimeout(() => resolve('still running'), ENDED_WITHIN_MS);
  });
  return Promise.race([server.ended, late]).finally(() => clearTimeout(bound));
}

/**
 * A clean stop: it closed and exited 0; or the signal ended it before the server had begun (while
 * Node loads its modules, before anything is opened), as the default action of SIGTERM does.
 */
function expectCleanStop(how: Ended | 'still running', output: string) {
  const clean = how !== 'still running' && (how.code === 0 || how.signal === 'SIGTERM');
  expect(clean, `ended ${JSON.stringify(how)}, not by a clean stop:\n${output}`).toBe(true);
}

/** Once it has ended, its watchdog goes too, never to end a process that takes its pid later. */
async function expectWatchdogGone(server: ServerProcess) {
  await eventually(async () => watchdogOf(server).length === 0, 50);
}

describe('asked to stop', () => {
  const servers: ServerProcess[] = [];
  const removals: (() => Promise<void>)[] = [];
  const spawned = async (...args: Parameters<typeof spawnServer>) => {
    const server = await spawnServer(...args);
    servers.push(server);
    return server;
  };
  const database = async () => {
    const made = await serverDatabase();
    removals.push(made.remove);
    return made;
  };
  afterEach(async () => {
    // A server a failed test left running (a stop that hung) goes before the next test.
    await Promise.all(servers.splice(0).map((server) => server.kill()));
  });
  afterAll(async () => {
    for (const remove of removals) await remove();
  });

  /** The demo as it stands: the plans' titles and states, with the demo manager signed in. */
  async function demoPlans(url: string, signIn: ReturnType<typeof signInsOverHttp>) {
    const { headers } = await signIn(url, 'manager@example.org', 'ragboard-demo');
    const list = planListSchema.parse(await (await fetch(`${url}/api/plans`, { headers })).json());
    return list.plans.map((p) => `${p.title} (${p.state})`).sort();
  }

  it('ends cleanly at any moment of its start-up, and starts whole afterwards', {
    timeout: 600_000,
  }, async () => {
    // A first start, on an empty database, says how long a start takes and what it makes.
    const calibration = await database();
    const begun = performance.now();
    const first = await spawned(calibration.env);
    await first.up();
    const startMs = performance.now() - begun;
    const made = await demoPlans(first.url, signInsOverHttp());
    expectCleanStop(await stopped(first), first.output());

    for (let round = 0; round < 2; round++) {
      const { env, dataDir } = await database();
      // Stops at random moments of a start, the first on an empty database, then on what the
      // stops before left: the data folder being made, migrations, the demo, listening, running.
      for (let stop = 0; stop < 4; stop++) {
        const server = await spawned(env);
        await sleep(Math.random() * startMs);
        expectCleanStop(await stopped(server), server.output());
        // Nothing it started outlives it (such as the process making its data folder).
        if (dataDir) expect(processesNaming(dataDir)).toEqual([]);
      }
      const server = await spawned(env);
      await server.up();
      // The demo is there whole, once, as a start left alone makes it.
      expect(await demoPlans(server.url, signInsOverHttp())).toEqual(made);
      expect(await stopped(server)).toEqual({ code: 0, signal: null });
      await expectWatchdogGone(server);
    }
  });

  it.skipIf(testDatabaseUrl())(
    'ends cleanly while it makes its data folder, and what it leaves starts whole',
    { timeout: 300_000 },
    async () => {
      const { env, dataDir } = await database();
      const server = await spawned(env);
      // The folder is made by a process of its own; stop the server while that process runs.
      await eventually(async () => processesNaming(dataDir!).length > 0, 20);
      expect(await stopped(server)).toEqual({ code: 0, signal: null });
      expect(processesNaming(dataDir!)).toEqual([]);
      await expectWatchdogGone(server);

      const again = await spawned(env);
      await again.up();
      expect((await demoPlans(again.url, signInsOverHttp())).length).toBeGreaterThan(0);
      expect(await stopped(again)).toEqual({ code: 0, signal: null });
    },
  );

  it('ends cleanly when asked under a burst of writes, and keeps every one it acknowledged', {
    timeout: 600_000,
  }, async () => {
    const { env } = await database();
    const signIn = signInsOverHttp();
    const acknowledged: { actionId: string; note: string }[] = [];
    const unexpected: string[] = [];
    let server = await spawned(env);
    await server.up();
    for (let cycle = 0; cycle < 5; cycle++) {
      const { headers } = await signIn(server.url, 'manager@example.org', 'ragboard-demo');
      const plans = planListSchema.parse(await (await fetch(`${server.url}/api/plans`, { headers })).json());
      const planId = plans.plans.find((p) => p.state === 'active')!.id;
      const tree = planTreeSchema.parse(
        await (await fetch(`${server.url}/api/plans/${planId}`, { headers })).json(),
      );
      const actionIds = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions.map((a) => a.id)));
      const period = new Date().toISOString().slice(0, 7);
      // The stop comes at a random moment of the burst: after this many acknowledged writes.
      const stopAfter = 1 + Math.floor(Math.random() * 20);
      let thisCycle = 0;
      const url = server.url;
      const stopping = server;
      let how: Promise<Ended | 'still running'> | undefined;
      let over = false;
      const writers = Array.from({ length: 8 }, async (_, writer) => {
        // Each writer its own actions, one update after another, reading the plan between, until
        // the server is gone; updates acknowledged while it closes count as much as the others.
        const mine = actionIds.filter((_, i) => i % 8 === writer);
        for (let n = 0; !over; n++) {
          const actionId = mine[n % mine.length]!;
          const note = `Cycle ${cycle}, writer ${writer}, update ${n}`;
          const reply = await fetch(`${url}/api/actions/${actionId}/updates`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ period, status: n % 2 ? 'Green' : 'Amber', note }),
          }).catch(() => null);
          if (!reply) return;
          if (reply.status === 201) {
            acknowledged.push({ actionId, note });
            if (++thisCycle === stopAfter) how = stopped(stopping).finally(() => (over = true));
          } else if (reply.status !== 503) unexpected.push(`${reply.status} ${await reply.text()}`);
          await fetch(`${url}/api/plans/${planId}`, { headers }).catch(() => null);
        }
      });
      await Promise.all(writers);
      expect(how, 'the burst ended before the stop was asked').toBeDefined();
      expect(await how, server.output()).toEqual({ code: 0, signal: null });
      await expectWatchdogGone(server);

      server = await spawned(env);
      await server.up();
      const { headers: again } = await signIn(server.url, 'manager@example.org', 'ragboard-demo');
      const notes = new Map<string, string[]>();
      for (const { actionId, note } of acknowledged)
        notes.set(actionId, [...(notes.get(actionId) ?? []), note]);
      for (const [actionId, wanted] of notes) {
        const history = actionHistorySchema.parse(
          await (await fetch(`${server.url}/api/actions/${actionId}/updates`, { headers: again })).json(),
        );
        const kept = new Set(history.updates.map((u) => u.note));
        expect(
          wanted.filter((note) => !kept.has(note)),
          'acknowledged updates lost',
        ).toEqual([]);
      }
    }
    expect(unexpected).toEqual([]);
    expect(await stopped(server)).toEqual({ code: 0, signal: null });
  });

  it('ends within its limit even when its thread blocks for good as it closes or as it exits', {
    timeout: 300_000,
  }, async () => {
    await Promise.all(
      (['close', 'exit'] as const).map(async (blockedAt) => {
        const { env } = await database();
        const server = await spawned({ ...env, BLOCKED_AT: blockedAt }, blockedThread);
        await server.up();
        // No timer of its own can fire: the watchdog ends it.
        expect(await stopped(server), `blocked as it ${blockedAt}s`).toEqual({
          code: null,
          signal: 'SIGKILL',
        });
        await expectWatchdogGone(server);
        const again = await spawned(env);
        await again.up();
        expect(await stopped(again)).toEqual({ code: 0, signal: null });
      }),
    );
  });
});
