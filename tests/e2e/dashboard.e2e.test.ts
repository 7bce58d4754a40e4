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
  periodState: 'open' | 'closed' | 'not-opened' | null;
  round: { due: number; received: number }[];
  total: number;
  totals: Record<(typeof STATUSES)[number], number>;
  byPriority: { id: string; ref: string; counts: Record<(typeof STATUSES)[number], number> }[];
}

/** The live demo plan's summary at a month (default: its own, the open month). */
async function demoSummary(period?: string): Promise<{ planId: string; summary: Summary }> {
  const { plans } = (await (await page().request.get(`${baseUrl}/api/plans`)).json()) as {
    plans: { id: string; title: string }[];
  };
  const plan = plans.find((candidate) => candidate.title === DEMO_PLAN);
  if (!plan) throw new Error(`The demo plan is not in ${plans.map((p) => p.title).join(', ')}`);
  const query = period ? `?period=${period}` : '';
  const reply = await page().request.get(`${baseUrl}/api/plans/${plan.id}/summary${query}`);
  expect(reply.status()).toBe(200);
  return { planId: plan.id, summary: (await reply.json()) as Summary };
}

/** The month before this one: the demo closes every month up to this one, which it leaves open. */
const lastMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
};

const monthWords = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const actions = (count: number) => (count === 1 ? 'action' : 'actions');

describe('the board dashboard, in a browser', () => {
  it('lands a board member on the latest closed month, showing its summary’s numbers, with no accessibility violations', async () => {
    await signIn(page(), baseUrl, 'board@example.org');
    expect(new URL(page().url()).pathname).toBe('/');
    const { summary } = await demoSummary(lastMonth());
    expect(summary.periodState).toBe('closed');
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

  it('shows the month in progress as provisional when the board member chooses it', async () => {
    await signIn(page(), baseUrl, 'board@example.org');
    const { summary } = await demoSummary();
    expect(summary.periodState).toBe('open');
    const month = monthWords(summary.period);
    await page()
      .getByRole('heading', { level: 1, name: `Dashboard: ${monthWords(lastMonth())}` })
      .waitFor();
    await page()
      .getByRole('link', { name: `See ${month}, still open and provisional` })
      .click();
    await page()
      .getByRole('heading', { level: 1, name: `Dashboard: ${month}` })
      .waitFor();
    const due = summary.round.reduce((sum, p) => sum + p.due, 0);
    const received = summary.round.reduce((sum, p) => sum + p.received, 0);
    await page()
      .getByText(new RegExp(`^${month} is provisional: ${received} of ${due} updates in, due by `))
      .waitFor();
    expect(new URL(page().url()).searchParams.get('period')).toBe(summary.period);
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('follows a count to the plan page, filtered to the actions behind it as they stood that month', async () => {
    await signIn(page(), baseUrl, 'board@example.org');
    const { planId, summary } = await demoSummary(lastMonth());
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
    expect(url.searchParams.get('period')).toBe(summary.period);
    await page()
      .getByText(new RegExp(`^Showing ${count} of \\d+ actions$`))
      .waitFor();
  });
});
