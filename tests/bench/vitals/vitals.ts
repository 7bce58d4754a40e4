// Core Web Vitals of the pages of issue 33, as people feel them: the built app as `pnpm start` runs
// it (a fresh embedded database with the demo), Chromium emulating each device, every page opened
// cold a few times and the median of each figure kept.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../apps/api/src/db/demo/seed-demo';
import { enrolOverHttp, signInOverHttp } from '../../../apps/api/src/test/two-step';
import { startAppServer } from '../../e2e/app-server';
import { CHROMIUM_PATH, launchBrowser } from '../../e2e/chromium';
import { measureRun, type RunFigures } from './measure-run';
import { type PageKey, vitalsPages } from './pages';
import { PROFILES, type Profile } from './profiles';

export interface PageResult {
  page: PageKey;
  pageName: string;
  profile: Profile['key'];
  profileName: string;
  runs: RunFigures[];
  /** Each figure's median over the runs, on its own. */
  median: Omit<RunFigures, 'lcpElement' | 'clsSources'>;
}

export type Vitals = { measured: PageResult[]; runs: number } | { skipped: string };

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function getJson<T>(url: string, headers: Record<string, string>): Promise<T> {
  const reply = await fetch(url, { headers });
  if (!reply.ok) throw new Error(`${url}: ${reply.status} ${await reply.text()}`);
  return (await reply.json()) as T;
}

/** A demo lead's emailed link: the manager sends the live plan's reminders, the outbox keeps the letters. */
async function updateLink(baseUrl: string): Promise<string> {
  const { headers } = (await enrolOverHttp(baseUrl, 'manager@example.org', DEMO_PASSWORD)).session;
  const { plans } = await getJson<{ plans: { id: string; state: string; currentPeriod: string | null }[] }>(
    `${baseUrl}/api/plans`,
    headers,
  );
  const plan = plans.find((p) => p.state === 'active' && p.currentPeriod);
  if (!plan) throw new Error('the demo has no active plan with an open month');
  const sent = await fetch(`${baseUrl}/api/plans/${plan.id}/periods/${plan.currentPeriod}/reminders`, {
    method: 'POST',
    headers,
  });
  if (!sent.ok) throw new Error(`sending reminders: ${sent.status} ${await sent.text()}`);
  const { messages } = await getJson<{ messages: { body: string }[] }>(
    `${baseUrl}/api/plans/${plan.id}/outbox?period=${plan.currentPeriod}`,
    headers,
  );
  const link = messages.map((m) => /\/update\/[A-Za-z0-9_-]{43}/.exec(m.body)?.[0]).find(Boolean);
  if (!link) throw new Error('no reminder in the outbox holds a link');
  return link;
}

export async function measureVitals(
  repo: string,
  runs: number,
  print: (line: string) => void,
): Promise<Vitals> {
  if (
    !existsSync(join(repo, 'apps/web/dist/index.html')) ||
    !existsSync(join(repo, 'apps/api/dist/server.js'))
  )
    return { skipped: 'the app is not built: run `pnpm build` first' };
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH} (CHROMIUM_PATH)` };
  const server = await startAppServer();
  let browser: Browser | undefined;
  try {
    const board = await signInOverHttp(server.baseUrl, 'board@example.org', DEMO_PASSWORD);
    const pages = vitalsPages({ board: board.cookie, updateLink: await updateLink(server.baseUrl) });
    browser = await launchBrowser();
    const figures = new Map<string, RunFigures[]>();
    // Run by run, so that a burst of other work on the machine falls on one run of every page.
    for (let run = 0; run < runs; run++) {
      for (const profile of PROFILES) {
        for (const page of pages) {
          const f = await measureRun(browser, server.baseUrl, page, profile);
          const key = `${page.key}|${profile.key}`;
          figures.set(key, [...(figures.get(key) ?? []), f]);
          print(
            `  ${page.key.padEnd(10)} ${profile.key.padEnd(7)} run ${run + 1}: ${(f.bytes / 1024).toFixed(1)} KB in ${f.requests} requests, LCP ${f.lcpMs === null ? '-' : Math.round(f.lcpMs)} ms (${f.lcpElement}), CLS ${f.cls.toFixed(3)}, interaction ${Math.round(f.inpMs)} ms`,
          );
        }
      }
    }
    const measured = PROFILES.flatMap((profile) =>
      pages.map((page): PageResult => {
        const all = figures.get(`${page.key}|${profile.key}`)!;
        return {
          page: page.key,
          pageName: page.name,
          profile: profile.key,
          profileName: profile.name,
          runs: all,
          median: {
            bytes: median(all.map((f) => f.bytes)),
            requests: median(all.map((f) => f.requests)),
            lcpMs: all.some((f) => f.lcpMs === null) ? null : median(all.map((f) => f.lcpMs!)),
            cls: median(all.map((f) => f.cls)),
            inpMs: median(all.map((f) => f.inpMs)),
          },
        };
      }),
    );
    for (const { page, profile, median: m } of measured)
      print(
        `  median ${page.padEnd(10)} ${profile.padEnd(7)} ${(m.bytes / 1024).toFixed(1)} KB, LCP ${m.lcpMs === null ? '-' : Math.round(m.lcpMs)} ms, CLS ${m.cls.toFixed(3)}, interaction ${Math.round(m.inpMs)} ms`,
      );
    return { measured, runs };
  } finally {
    await browser?.close();
    await server.stop();
  }
}
