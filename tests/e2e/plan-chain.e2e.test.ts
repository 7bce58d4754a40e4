import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

const FIRST_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2023 - 2024';
const LIVE_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';

describe('the chain of plans, in a browser', () => {
  it('opens the closed 2023-24 plan’s summary of progress, then follows a carried action in the live plan back to its 2023 history', async () => {
    const p = page();
    await signIn(p, baseUrl, 'manager@example.org');

    // The plans list shows the chain: the 2023-24 plan closed, continued in the live plan.
    await p.goto(`${baseUrl}/plans`);
    const first = p.getByRole('region', { name: FIRST_PLAN, exact: true });
    await first.waitFor();
    expect(await first.textContent()).toContain('Closed');
    expect(await first.getByRole('link', { name: LIVE_PLAN }).count()).toBe(1);

    await first.getByRole('link', { name: FIRST_PLAN }).click();
    await p.getByRole('heading', { level: 1, name: FIRST_PLAN }).waitFor();
    await p.getByText(/This plan is closed: it can be read but no longer changed/).waitFor();
    await p.getByRole('link', { name: 'board reports', exact: true }).click();
    await p.getByRole('link', { name: `Summary of progress: ${FIRST_PLAN}` }).click();
    await p.getByRole('heading', { level: 1, name: `Summary of progress: ${FIRST_PLAN}` }).waitFor();
    const progress = p.getByRole('region', { name: 'Summary of progress' });
    await progress.waitFor();
    const carriedRows = progress.getByRole('row', { name: new RegExp(`Carried forward to ${LIVE_PLAN}`) });
    expect(await carriedRows.count()).toBeGreaterThan(5);
    expect(await progress.getByRole('row', { name: /Completed and signed off/ }).count()).toBeGreaterThan(50);
    expect(await accessibilityViolations(p)).toEqual([]);

    // The live plan, in this month: a carried action's page brings its history from 2023.
    const { plans } = (await (await p.request.get(`${baseUrl}/api/plans`)).json()) as {
      plans: { id: string; title: string; state: string; currentPeriod: string | null }[];
    };
    const live = plans.find((plan) => plan.title === LIVE_PLAN)!;
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(live).toMatchObject({ state: 'active', currentPeriod: thisMonth });
    const tree = (await (await p.request.get(`${baseUrl}/api/plans/${live.id}`)).json()) as {
      priorities: {
        outcomes: { actions: { id: string; ref: string; carriedFrom: { ref: string } | null }[] }[];
      }[];
    };
    const carried = tree.priorities
      .flatMap((priority) => priority.outcomes.flatMap((o) => o.actions))
      .find((a) => a.carriedFrom)!;
    await p.goto(`${baseUrl}/plans/${live.id}`);
    await p.getByRole('heading', { level: 1, name: LIVE_PLAN }).waitFor();
    await p.goto(`${baseUrl}/actions/${carried.id}`);
    const earlier = p.getByRole('region', { name: 'History from earlier plans' });
    await earlier.waitFor();
    expect(await earlier.getByRole('rowheader', { name: 'January 2023' }).count()).toBe(1);
    expect(await accessibilityViolations(p)).toEqual([]);

    const back = p.getByRole('link', {
      name: `Carried forward from ${FIRST_PLAN} (action ${carried.carriedFrom!.ref})`,
    });
    await back.click();
    await p.getByRole('link', { name: new RegExp(`Carried forward to ${LIVE_PLAN}`) }).waitFor();
    expect(new URL(p.url()).pathname).not.toBe(`/actions/${carried.id}`);
    expect(await accessibilityViolations(p)).toEqual([]);
  });
});
