import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
// The live plan: the 2023-24 plan closed in its own time and carried its unfinished work into this one.
const DEMO_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';
const STATUSES = ['Grey', 'Blue', 'Green', 'Amber', 'Red'] as const;

const page = useBrowserPage();

/** Only the fields the dashboard is checked against: the full contract is tested in apps/api. */
interface Summary {
  period: string;
  total: number;
  totals: Record<(typeof STATUSES)[number], number>;
  byPriority: { id: string; ref: string; counts: Record<(typeof STATUSES)[number], number> }[];
}

async function demoSummary(): Promise<{ planId: string; summary: Summary }> {
  const { plans } = (await (await page().request.get(`${baseUrl}/api/plans`)).json()) as {
    plans: { id: string; title: string }[];
  };
  const plan = plans.find((candidate) => candidate.title === DEMO_PLAN);
  if (!plan) throw new Error(`The demo plan is not in ${plans.map((p) => p.title).join(', ')}`);
  const reply = await page().request.get(`${baseUrl}/api/plans/${plan.id}/summary`);
  expect(reply.status()).toBe(200);
  return { planId: plan.id, summary: (await reply.json()) as Summary };
}

const monthWords = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const actions = (count: number) => (count === 1 ? 'action' : 'actions');

describe('the board dashboard, in a browser', () => {
  it('lands a board member on the dashboard, showing the summary’s numbers, with no accessibility violations', async () => {
    await signIn(page(), baseUrl, 'board@example.org');
    expect(new URL(page().url()).pathname).toBe('/');
    const { summary } = await demoSummary();
    await page()
      .getByRole('heading', { level: 1, name: `Dashboard: ${monthWords(summary.period)}` })
      .waitFor();
    const headline = page().getByRole('region', { name: 'Where the plan stands' });
    for (const status of STATUSES) {
      const count = summary.totals[status];
      await headline
        .getByRole('link', { name: `${count} ${status} ${actions(count)}`, exact: true })
        .waitFor();
    }
    await headline.getByRole('link', { name: `${summary.total} actions`, exact: true }).waitFor();
    await page().getByRole('img', { name: 'Actions by priority and status' }).waitFor();
    await page().getByRole('combobox', { name: 'Month' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('follows a count to the plan page, filtered to the actions behind it', async () => {
    await signIn(page(), baseUrl, 'board@example.org');
    const { planId, summary } = await demoSummary();
    const priority = summary.byPriority.find((p) => p.counts.Red > 0) ?? summary.byPriority[0]!;
    const status = priority.counts.Red > 0 ? 'Red' : 'Green';
    const count = priority.counts[status];
    await page()
      .getByRole('link', {
        name: `${count} ${status} ${actions(count)} in priority ${priority.ref}`,
        exact: true,
      })
      .click();
    await page().getByRole('heading', { level: 1, name: DEMO_PLAN }).waitFor();
    const url = new URL(page().url());
    expect(url.pathname).toBe(`/plans/${planId}`);
    expect(url.searchParams.getAll('status')).toEqual([status]);
    expect(url.searchParams.get('priority')).toBe(priority.id);
    await page()
      .getByText(new RegExp(`^Showing ${count} of \\d+ actions$`))
      .waitFor();
  });
});
