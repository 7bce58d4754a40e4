// Every page of the app, as each role sees it: the sweeps (axe, reflow) visit the same list.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { trustForManager } from './browser';

/** Ids of real things to visit. */
export interface PageIds {
  planId: string;
  closedPlanId: string;
  actionId: string;
  leadActionId: string;
  kpiId: string;
  reportId: string;
  draftId: string;
  userId: string;
  personId: string;
  leadPersonId: string;
  findingId: string;
}

/**
 * Reads the ids through the API as the manager, and makes what some pages need to show their tables:
 * two reports (one published, one draft) and an API token.
 */
export async function findPageIds(browser: Browser, baseUrl: string): Promise<PageIds> {
  const context = await browser.newContext();
  try {
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
    const closedPlan = plans.find((p) => p.state === 'closed')!;
    const tree = await get<{
      priorities: { outcomes: { actions: { id: string; leads: { id: string; name: string }[] }[] }[] }[];
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
    // A token, so that the tokens page has its table to check.
    const token = await request.post(`${baseUrl}/api/api-tokens`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { name: 'Power BI board pack, checked by the page sweeps', expiresInDays: 30 },
    });
    expect(token.status()).toBe(201);
    const lead = actions.find((a) => a.leads.some((l) => l.name === 'Sapphire Murray'))!;
    return {
      planId: plan.id,
      closedPlanId: closedPlan.id,
      actionId: actions[0]!.id,
      leadActionId: lead.id,
      kpiId: kpis[0]!.id,
      reportId,
      draftId,
      userId: users.find((u) => u.email === 'board@example.org')!.id,
      personId: people[0]!.id,
      leadPersonId: lead.leads.find((l) => l.name === 'Sapphire Murray')!.id,
      findingId: findings[0]!.id,
    };
  } finally {
    await context.close();
  }
}

/** Pages for anyone, before signing in. */
export const SIGNED_OUT_PAGES = ['/sign-in', '/sign-in/forgotten-password', '/accessibility'];

const everyone = (i: PageIds) => [
  '/',
  '/plans',
  `/plans/${i.planId}`,
  `/plans/${i.planId}?status=Red`,
  `/plans/${i.planId}/dashboard`,
  `/plans/${i.closedPlanId}`,
  `/plans/${i.closedPlanId}/dashboard`,
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
  '/account/two-step',
  '/accessibility',
  '/no/such/page',
];

/** Every page each demo account may open, by its email. */
export const PAGES: Record<string, (i: PageIds) => string[]> = {
  'board@example.org': everyone,
  'forum@example.org': everyone,
  'lead@example.org': (i) => [
    ...everyone(i),
    '/my-actions',
    '/my-actions/update-all',
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
    `/plans/${i.planId}/bodies`,
    `/actions/${i.actionId}/edit`,
    `/actions/${i.actionId}/new-date`,
    `/kpis/${i.kpiId}/edit`,
    `/reports/${i.draftId}`,
    `/reports/${i.draftId}/edit`,
    '/accounts',
    '/accounts/new',
    '/accounts/api-tokens',
    `/accounts/${i.userId}/edit`,
    '/people',
    '/people/new',
    `/people/${i.leadPersonId}`,
    `/people/${i.personId}/edit`,
    `/people/${i.personId}/merge`,
    '/organisations',
    `/plans/${i.planId}/publication`,
    `/plans/${i.planId}/publication/glossary/new`,
    `/plans/${i.planId}/findings/new`,
    `/plans/${i.planId}/findings/${i.findingId}/edit`,
    `/plans/${i.planId}/findings/${i.findingId}/judgements/new`,
  ],
};

/** Opens a page and waits until its data has arrived: its heading is there and nothing says "Loading". */
export async function settle(page: Page, baseUrl: string, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .getByText(/^Loading/)
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  expect(await page.getByText(/^Loading/).count(), `${path} is still loading`).toBe(0);
}
