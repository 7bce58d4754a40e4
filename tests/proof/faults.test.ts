// The server killed (SIGKILL) in the middle of a burst of updates and of an import: after a
// restart nothing partial is visible and nothing acknowledged is lost. On the embedded database,
// or on PostgreSQL when TEST_DATABASE_URL is set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionHistorySchema, importPreviewSchema, planListSchema, planTreeSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInsOverHttp } from '../../apps/api/src/test/two-step';
import { serverDatabase, startServer } from './server-process';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = readFileSync(join(repoRoot, 'tests/fixtures/plan-2023-24.csv'));

const signInOverHttp = signInsOverHttp();
/** The demo manager, with two-step verification set up at the first sign-in and skipped after. */
async function signIn(url: string) {
  return (await signInOverHttp(url, 'manager@example.org', 'ragboard-demo')).headers;
}

describe('killed mid-write, restarted', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const database = await serverDatabase();
    env = database.env;
    cleanup = database.remove;
  });
  afterAll(async () => cleanup?.());

  it('keeps every acknowledged update of a burst, and no update without its action’s new status', async () => {
    let server = await startServer(env);
    let headers = await signIn(server.url);
    const plans = planListSchema.parse(await (await fetch(`${server.url}/api/plans`, { headers })).json());
    // The live plan: the demo's 2023-24 plan is closed.
    const planId = plans.plans.find((p) => p.state === 'active')!.id;
    const treeOf = async (url: string) =>
      planTreeSchema
        .parse(await (await fetch(`${url}/api/plans/${planId}`, { headers })).json())
        .priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    const before = new Map((await treeOf(server.url)).map((a) => [a.id, a.status]));
    const period = new Date().toISOString().slice(0, 7);

    const acknowledged: string[] = [];
    let killed = false;
    const burst = [...before.keys()].map(async (actionId) => {
      const reply = await fetch(`${server.url}/api/actions/${actionId}/updates`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ period, status: 'Amber', note: `Burst update for ${actionId}` }),
      }).catch(() => null);
      if (reply?.status === 201 && !killed) acknowledged.push(actionId);
      if (acknowledged.length >= 20 && !killed) {
        killed = true;
        await server.kill();
      }
    });
    await Promise.all(burst);
    await server.kill();
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(acknowledged.length).toBeLessThan(before.size);

    server = await startServer(env);
    headers = await signIn(server.url);
    const after = await treeOf(server.url);
    let updated = 0;
    for (const action of after) {
      const history = actionHistorySchema.parse(
        await (await fetch(`${server.url}/api/actions/${action.id}/updates`, { headers })).json(),
      );
      const burstUpdate = history.updates.find((u) => u.note === `Burst update for ${action.id}`);
      if (burstUpdate) {
        updated++;
        // The update and the action's new status were one transaction: both or neither.
        expect(action.status, action.ref).toBe('Amber');
        expect(history.updates[0]!.id).toBe(burstUpdate.id);
      } else {
        expect(acknowledged, `acknowledged update of ${action.ref} lost`).not.toContain(action.id);
        expect(action.status, action.ref).toBe(before.get(action.id));
      }
    }
    expect(updated).toBeGreaterThanOrEqual(acknowledged.length);
    console.info(`burst: ${acknowledged.length} acknowledged, ${updated} kept, of ${before.size} sent`);
    await server.kill();
  });

  it('leaves an import killed during its commit either whole or absent', async () => {
    let server = await startServer(env);
    let headers = await signIn(server.url);
    const titles: { title: string; acknowledged: boolean }[] = [];
    const importFile = async (title: string) => {
      const form = new FormData();
      form.append('title', title);
      form.append('file', new Blob([fixture], { type: 'text/csv' }), 'plan-2023-24.csv');
      const preview = importPreviewSchema.parse(
        await (await fetch(`${server.url}/api/imports`, { method: 'POST', headers, body: form })).json(),
      );
      expect(preview.errors).toEqual([]);
      const started = performance.now();
      const commit = fetch(`${server.url}/api/imports/${preview.id}/commit`, { method: 'POST', headers })
        .then((r) => r.status === 201)
        .catch(() => false);
      return { commit, started };
    };
    // One commit left alone says how long a commit takes; then kills land across that span.
    const calibration = await importFile('Imported in peace');
    titles.push({ title: 'Imported in peace', acknowledged: await calibration.commit });
    const commitMs = performance.now() - calibration.started;
    for (const share of [0.2, 0.5, 0.8]) {
      const title = `Imported under fire ${share}`;
      const { commit } = await importFile(title);
      await new Promise((resolve) => setTimeout(resolve, commitMs * share));
      await server.kill();
      titles.push({ title, acknowledged: await commit });
      server = await startServer(env);
      headers = await signIn(server.url);
    }

    const { plans } = planListSchema.parse(
      await (await fetch(`${server.url}/api/plans`, { headers })).json(),
    );
    for (const { title, acknowledged } of titles) {
      const found = plans.filter((p) => p.title === title);
      console.info(
        `${title}: ${acknowledged ? 'acknowledged' : 'not acknowledged'}, ${found.length ? 'present' : 'absent'}`,
      );
      expect(found.length, title).toBeLessThanOrEqual(1);
      if (acknowledged) expect(found, `${title} was acknowledged`).toHaveLength(1);
      if (found.length === 0) continue;
      const tree = planTreeSchema.parse(
        await (await fetch(`${server.url}/api/plans/${found[0]!.id}`, { headers })).json(),
      );
      const outcomes = tree.priorities.flatMap((p) => p.outcomes);
      expect([tree.priorities.length, outcomes.length, outcomes.flatMap((o) => o.actions).length]).toEqual([
        5, 33, 153,
      ]);
    }
    await server.kill();
  });
});
