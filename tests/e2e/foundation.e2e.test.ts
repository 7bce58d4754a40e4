import { beforeEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, DEMO_PASSWORD, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const DEMO_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2023 - 2024';
const LIVE_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';

const page = useBrowserPage();

async function demoPlanId(): Promise<string> {
  // Only the two fields needed to find the plan: the full contract is tested in apps/api.
  const { plans } = (await (await page().request.get(`${baseUrl}/api/plans`)).json()) as {
    plans: { id: string; title: string }[];
  };
  const plan = plans.find((candidate) => candidate.title === DEMO_PLAN);
  if (!plan) throw new Error(`The demo plan is not in ${plans.map((p) => p.title).join(', ')}`);
  return plan.id;
}

async function heading(level: number, name: string | RegExp) {
  const locator = page().getByRole('heading', { level, name });
  await locator.waitFor();
  return locator;
}

describe('signing in and out', () => {
  it('asks for email and password, refuses a wrong password in an error summary, then signs in', async () => {
    await page().goto(`${baseUrl}/plans`);
    await heading(1, 'Sign in');
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByLabel('Email').fill('board@example.org');
    await page().getByLabel('Password').fill('not the password');
    await page().getByRole('button', { name: 'Sign in' }).click();
    const summary = page().getByRole('alert');
    await summary.getByText('The email address or password is not right').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByLabel('Password').fill(DEMO_PASSWORD);
    await page().getByRole('button', { name: 'Sign in' }).click();
    await heading(1, 'Improvement plans');
    expect(new URL(page().url()).pathname).toBe('/plans');
  });

  it('signs out from the header, after which pages ask to sign in again', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().getByRole('banner').getByText('Partnership Manager').waitFor();
    await page().getByRole('button', { name: 'Sign out' }).click();
    await heading(1, 'Sign in');
    await page().goto(baseUrl);
    await heading(1, 'Sign in');
  });
});

describe('the foundation, in a browser', () => {
  beforeEach(() => signIn(page(), baseUrl, 'board@example.org'));

  it('shows the ragboard header and the plans list', async () => {
    await page().goto(`${baseUrl}/plans`);
    await page().getByRole('banner').getByRole('link', { name: 'ragboard' }).waitFor();
    await heading(1, 'Improvement plans');
    // Its own section's heading: the live plan's section links to it too, as the plan it follows.
    await page()
      .getByRole('region', { name: DEMO_PLAN, exact: true })
      .getByRole('link', { name: DEMO_PLAN })
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('follows a plan link to its priorities and actions', async () => {
    await page().goto(`${baseUrl}/plans`);
    await page()
      .getByRole('region', { name: DEMO_PLAN, exact: true })
      .getByRole('link', { name: DEMO_PLAN })
      .click();
    await heading(1, DEMO_PLAN);
    expect(new URL(page().url()).pathname).toBe(`/plans/${await demoPlanId()}`);
    await heading(2, /^Priority 1: /);
    const actions = page().getByRole('table', { name: 'Actions for outcome 1.1' });
    await actions.getByRole('rowheader', { name: '1.1.1', exact: true }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('serves a deep link to a plan from the server', async () => {
    const response = await page().goto(`${baseUrl}/plans/${await demoPlanId()}`);
    expect(response?.status()).toBe(200);
    await heading(1, DEMO_PLAN);
    await heading(2, /^Priority 1: /);
  });

  it('holds the demo in its own time: the 2023-24 plan closed with its 153 actions, its successor live in this month, leads in partner organisations', async () => {
    const { plans } = (await (await page().request.get(`${baseUrl}/api/plans`)).json()) as {
      plans: {
        id: string;
        title: string;
        state: string;
        periodStart: string;
        periodEnd: string;
        actionCount: number;
        currentPeriod: string | null;
        predecessorId: string | null;
        successorId: string | null;
      }[];
    };
    const first = plans.find((p) => p.title === DEMO_PLAN)!;
    expect(first).toMatchObject({
      state: 'closed',
      periodStart: '2023-01',
      periodEnd: '2024-12',
      actionCount: 153,
    });
    const live = plans.find((p) => p.id === first.successorId)!;
    expect(live).toMatchObject({
      title: LIVE_PLAN,
      state: 'active',
      predecessorId: first.id,
      currentPeriod: new Date().toISOString().slice(0, 7),
    });
    // A board member lands on the live plan's dashboard at its latest closed month: the last one.
    await page().goto(baseUrl);
    const now = new Date();
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toLocaleDateString(
      'en-GB',
      {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      },
    );
    await heading(1, `Dashboard: ${month}`);
    await page().getByText(LIVE_PLAN).first().waitFor();
    const organisations = page().getByRole('region', { name: 'By partner organisation' });
    await organisations.getByRole('table').first().waitFor();
    expect(await organisations.textContent()).toContain('Lancashire County Council');
    expect(await organisations.textContent()).not.toContain('No organisation recorded');
  });

  it('shows Page not found for an unknown client route', async () => {
    await page().goto(`${baseUrl}/no/such/page`);
    await heading(1, 'Page not found');
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('lands on the skip link at the first Tab, and the skip link moves to the main content', async () => {
    await page().goto(`${baseUrl}/plans`);
    await heading(1, 'Improvement plans');
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page().keyboard.press('Enter');
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('main-content');
  });
});
