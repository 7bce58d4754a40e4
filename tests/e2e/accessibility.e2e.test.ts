// Every page, signed in as each role, checked with axe-core against WCAG 2.2 A and AA.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn, trustForManager, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

interface Ids {
  planId: string;
  actionId: string;
  leadActionId: string;
  kpiId: string;
  reportId: string;
  draftId: string;
  userId: string;
  personId: string;
  findingId: string;
}
let ids: Ids;

/** Ids of real things to visit, read (and one report made) through the API as the manager. */
beforeAll(async () => {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await trustForManager(context, baseUrl);
    const request = context.request;
    const login = await request.post(`${baseUrl}/api/auth/login`, {
      data: { email: 'manager@example.org', password: 'ragboard-demo' },
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const get = async <T>(path: string) => (await (await request.get(`${baseUrl}${path}`)).json()) as T;
    const { plans } = await get<{ plans: { id: string; state: string; currentPeriod: string | null }[] }>(
      '/api/plans',
    );
    // The live plan: the demo's 2023-24 plan is closed.
    const plan = plans.find((p) => p.state === 'active')!;
    const tree = await get<{
      priorities: { outcomes: { actions: { id: string; leads: { name: string }[] }[] }[] }[];
    }>(`/api/plans/${plan.id}`);
    const actions = tree.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
    const { kpis } = await get<{ kpis: { id: string }[] }>(`/api/plans/${plan.id}/kpis`);
    const { users } = await get<{ users: { id: string; email: string }[] }>('/api/users');
    const { people } = await get<{ people: { id: string }[] }>('/api/people');
    const { findings } = await get<{ findings: { id: string }[] }>(`/api/plans/${plan.id}/findings`);
    const startReport = async (title: string) => {
      const reply = await request.post(`${baseUrl}/api/plans/${plan.id}/reports`, {
        headers: { 'x-csrf-token': csrfToken },
        data: { period: plan.currentPeriod ?? new Date().toISOString().slice(0, 7), title },
      });
      expect(reply.status()).toBe(201);
      return ((await reply.json()) as { id: string }).id;
    };
    // Everyone reads a published report; only the manager sees (and edits) a draft.
    const reportId = await startReport('Accessibility check, published');
    const published = await request.post(`${baseUrl}/api/reports/${reportId}/publish`, {
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(published.status()).toBe(200);
    const draftId = await startReport('Accessibility check, draft');
    const lead = actions.find((a) => a.leads.some((l) => l.name === 'Sapphire Murray'))!;
    ids = {
      planId: plan.id,
      actionId: actions[0]!.id,
      leadActionId: lead.id,
      kpiId: kpis[0]!.id,
      reportId,
      draftId,
      userId: users.find((u) => u.email === 'board@example.org')!.id,
      personId: people[0]!.id,
      findingId: findings[0]!.id,
    };
    await context.close();
  } finally {
    await browser.close();
  }
});

const everyone = (i: Ids) => [
  '/',
  '/plans',
  `/plans/${i.planId}`,
  `/plans/${i.planId}?status=Red`,
  `/plans/${i.planId}/dashboard`,
  `/actions/${i.actionId}`,
  `/plans/${i.planId}/kpis`,
  `/kpis/${i.kpiId}`,
  `/plans/${i.planId}/reports`,
  `/reports/${i.reportId}`,
  `/actions/${i.actionId}/public-summary`,
  `/kpis/${i.kpiId}/public-summary`,
  `/plans/${i.planId}/findings`,
  '/account/password',
  '/account/notifications',
  '/accessibility',
  '/no/such/page',
];

const PAGES: Record<string, (i: Ids) => string[]> = {
  'board@example.org': everyone,
  'forum@example.org': everyone,
  'lead@example.org': (i) => [
    ...everyone(i),
    '/my-actions',
    `/my-actions/${i.leadActionId}/update`,
    `/actions/${i.leadActionId}/public-summary`,
  ],
  'manager@example.org': (i) => [
    ...everyone(i),
    `/plans/${i.planId}/round`,
    '/plans/new',
    '/plans/import',
    `/plans/${i.planId}/edit`,
    `/plans/${i.planId}/archive`,
    `/plans/${i.planId}/close`,
    `/plans/${i.planId}/next`,
    `/actions/${i.actionId}/edit`,
    `/kpis/${i.kpiId}/edit`,
    `/reports/${i.draftId}`,
    `/reports/${i.draftId}/edit`,
    '/accounts',
    '/accounts/new',
    '/accounts/api-tokens',
    `/accounts/${i.userId}/edit`,
    '/people',
    `/people/${i.personId}/edit`,
    '/organisations',
    `/plans/${i.planId}/publication`,
    `/plans/${i.planId}/publication/glossary/new`,
    `/plans/${i.planId}/findings/new`,
    `/plans/${i.planId}/findings/${i.findingId}/edit`,
    `/plans/${i.planId}/findings/${i.findingId}/judgements/new`,
  ],
};

async function settle(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Nothing still loading: the page's data has arrived.
  await page
    .getByText(/^Loading/)
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  expect(await page.getByText(/^Loading/).count(), `${path} is still loading`).toBe(0);
}

describe('accessibility of every page, as each role', () => {
  it('has no WCAG 2.2 A or AA violation on the sign-in page and the statement, signed out', async () => {
    for (const path of ['/sign-in', '/accessibility']) {
      await settle(page(), path);
      expect(await accessibilityViolations(page()), path).toEqual([]);
      // The demo's data is said to be so on every page, before anyone signs in.
      await page().getByText('Demo data: do not use for real records.', { exact: false }).waitFor();
    }
  });

  for (const [email, pages] of Object.entries(PAGES)) {
    it(`has no WCAG 2.2 A or AA violation on any page for ${email}`, async () => {
      await signIn(page(), baseUrl, email);
      const found: string[] = [];
      for (const path of pages(ids)) {
        await settle(page(), path);
        for (const violation of await accessibilityViolations(page())) found.push(`${path}: ${violation}`);
      }
      expect(found).toEqual([]);
    }, 240_000);
  }
});
